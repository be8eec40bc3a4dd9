import { course } from '$lib/server/course';
import { planCatalog, ruleTitles } from '$lib/server/views';

// One prerendered shell for every trainee (?id=<profile id>): the trainee's data is on the
// device, so the page carries the content a transcript and a missed question need.
export const load = () => ({
	...planCatalog(),
	ruleTitles: ruleTitles(),
	scenarios: course.calls,
	questionStems: Object.fromEntries(course.questions.map((q) => [q.id, q.stem]))
});
