/** The course data an LMS session reads (/scorm-course.json) and the plan embedded in a package. */
import type { KnownIds } from '$lib/plans/plan-file';
import type { CourseFacts } from '$lib/trainee/summary';

export interface ScormCourse {
	/** Course facts for the completion rules (no question domains: they are not needed here). */
	facts: CourseFacts;
	/** Ids a plan may name. */
	known: { modules: string[]; calls: string[]; exams: string[]; audits: string[] };
	/** The shipped plan as a plan file: the package's plan unless the packager is given another. */
	defaultPlan: string;
}

/** The file beside index.html in a SCORM package holding the plan file whose rules decide the status. */
export const PACKAGE_PLAN_FILE = 'scorm-plan.json';

/** Known ids for reading the embedded plan: a package may embed a plan with a built-in id. */
export function knownForPackage(c: ScormCourse): KnownIds {
	return {
		modules: new Set(c.known.modules),
		calls: new Set(c.known.calls),
		exams: new Set(c.known.exams),
		audits: new Set(c.known.audits),
		builtInPlans: new Set()
	};
}
