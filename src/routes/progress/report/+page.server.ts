import { course } from '$lib/server/course';
import { courseFacts } from '$lib/server/views';

export const load = () => ({
	facts: courseFacts(),
	moduleTitles: Object.fromEntries(course.modules.map((m) => [m.id, m.title])),
	callTitles: Object.fromEntries(course.calls.map((c) => [c.id, c.title])),
	/** The plans that ship with the app, for a learner following one of them. */
	plans: course.plans,
	/** The content edition a certificate is earned on. */
	edition: course.edition
});
