import { json } from '@sveltejs/kit';
import { planToFile } from '$lib/plans/plan-file';
import { course } from '$lib/server/course';
import { audits } from '$lib/server/audits';
import { courseFacts } from '$lib/server/views';
import type { ScormCourse } from '$lib/lms/course';

export const prerender = true;

/**
 * What the app needs inside an LMS to work out the SCORM status (fetched only when an LMS API is
 * found): the course facts the completion rules read, the ids a plan may name, and the plan file
 * of the shipped plan, which `npm run package:scorm` embeds unless given another.
 */
export const GET = () => {
	const facts = courseFacts();
	const body: ScormCourse = {
		facts: { ...facts, questionDomain: {} },
		known: {
			modules: facts.modules.map((m) => m.id),
			calls: (facts.calls ?? []).map((c) => c.id),
			exams: facts.blueprints.map((b) => b.id),
			audits: audits().map((a) => a.id)
		},
		defaultPlan: planToFile(course.plans[0]!)
	};
	return json(body);
};
