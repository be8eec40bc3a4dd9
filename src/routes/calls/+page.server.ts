import { course } from '$lib/server/course';

export const load = () => ({
	calls: course.calls.map((c) => ({
		id: c.id,
		title: c.title,
		summary: c.summary,
		difficulty: c.difficulty,
		topics: c.topics,
		accountType: c.account.type,
		persona: c.persona.name
	}))
});
