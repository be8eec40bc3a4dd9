/** The tables that hold one profile's data (everything but the profile itself). */
export const PROFILE_TABLES = [
	'moduleProgress',
	'notes',
	'examSessions',
	'reviewCards',
	'reviewLog',
	'callRuns',
	'planAssignments',
	'settings',
	'drillAttempts',
	'auditAttempts',
	'certificates'
] as const;
