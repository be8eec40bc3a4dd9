/** The plan page without stored records (storage unavailable): the default plan, nothing done. */
import type { Plan } from '$lib/content/schema';
import type { PlanAssignment } from '$lib/progress/records';
import { summarise, type CourseFacts } from '$lib/trainee/summary';
import type { PlanProgress } from './tasks';
import { traineePlan } from './trainee';

export function planWithoutRecords(
	plans: readonly Plan[],
	facts: CourseFacts,
	today: string
): { assignment: PlanAssignment; progress: PlanProgress | undefined } {
	const planId = plans[0]!.id;
	const assignment: PlanAssignment = { profileId: '', planId, startedOn: today, doneTasks: [] };
	const records = {
		profile: { id: '', name: '', createdAt: '', updatedAt: '' },
		tables: {
			moduleProgress: [],
			notes: [],
			examSessions: [],
			reviewCards: [],
			reviewLog: [],
			callRuns: [],
			planAssignments: [assignment],
			settings: [{ profileId: '', key: 'activePlan' as const, value: planId }],
			drillAttempts: [],
			auditAttempts: [],
			certificates: []
		}
	};
	const summary = summarise(records, facts, today);
	return { assignment, progress: traineePlan(records, summary, plans, today)?.progress };
}
