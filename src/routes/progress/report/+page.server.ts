import { course } from '$lib/server/course';
import { courseFacts } from '$lib/server/views';

export const load = () => ({
	facts: courseFacts(),
	moduleTitles: Object.fromEntries(course.modules.map((m) => [m.id, m.title])),
	callTitles: Object.fromEntries(course.calls.map((c) => [c.id, c.title]))
});
