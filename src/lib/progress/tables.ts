import type { Backup } from './backup';

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

/** One profile's tables, every one empty: a start for records built in memory. */
export function emptyTables(): Backup['tables'] {
	return Object.fromEntries(PROFILE_TABLES.map((t) => [t, []])) as unknown as Backup['tables'];
}
