import { course, rulesById } from '$lib/server/course';

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
	})),
	/** Each cited rule by its plain title, never its id. */
	ruleTitles: Object.fromEntries(
		course.glossary.flatMap((g) => g.rules).map((id) => [id, rulesById.get(id)?.title ?? id])
	)
});
