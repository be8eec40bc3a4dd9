import type { Plan } from '$lib/content/schema';
import type { KnownIds } from '$lib/plans/plan-file';
import type { TaskKind } from '$lib/plans/tasks';
import type { CourseFacts } from '$lib/trainee/summary';

/** What the plan pages receive from the server. */
export interface PlanCatalog {
	plans: Plan[];
	modules: { id: string; title: string; track: string; href: string }[];
	/** With the account type and difficulty, so a supervisor can tell similar calls apart. */
	calls: { id: string; title: string; detail: string }[];
	exams: {
		id: string;
		title: string;
		passPercent: number;
		/** A full form modeled on a credential's own bar (the supervisor compares these). */
		credentialForm: boolean;
	}[];
	drills: { id: string; title: string }[];
	audits: { id: string; title: string }[];
	facts: CourseFacts;
}

export function knownIds(c: PlanCatalog): KnownIds {
	return {
		modules: new Set(c.modules.map((m) => m.id)),
		calls: new Set(c.calls.map((x) => x.id)),
		exams: new Set(c.exams.map((x) => x.id)),
		audits: new Set(c.audits.map((x) => x.id)),
		builtInPlans: new Set(c.plans.map((p) => p.id))
	};
}

/** A plan task's title, from the catalog (its id when the course no longer has it). */
export function taskTitle(c: PlanCatalog, kind: TaskKind, id: string): string {
	const lists = {
		module: c.modules,
		call: c.calls,
		exam: c.exams,
		drill: c.drills,
		audit: c.audits
	};
	return lists[kind].find((x) => x.id === id)?.title ?? id;
}

/** Where a plan task is done. */
export function taskHref(c: PlanCatalog, kind: TaskKind, id: string): string | undefined {
	if (kind === 'module') return c.modules.find((m) => m.id === id)?.href;
	return {
		call: `/calls/${id}`,
		exam: `/exams/${id}`,
		drill: `/drills/${id}`,
		audit: `/calls/audit/${id}`
	}[kind];
}

export function download(name: string, text: string, type = 'application/json') {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(new Blob([text], { type }));
	a.download = name;
	a.click();
	URL.revokeObjectURL(a.href);
}
