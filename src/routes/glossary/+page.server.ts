import { course } from '$lib/server/course';

export const load = () => ({
	terms: course.glossary.map((g) => ({
		id: g.id,
		term: g.term,
		definition: g.definition,
		related: g.related.flatMap((id) => {
			const r = course.glossary.find((x) => x.id === id);
			return r ? [{ id, term: r.term }] : [];
		}),
		rules: g.rules
	}))
});
