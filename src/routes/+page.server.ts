import { course } from '$lib/server/course';
import { planCatalog, tracks } from '$lib/server/views';
import type { HomeCatalog } from '$lib/state/home.svelte';

export const load = () => {
	const trackList = tracks();
	const plans = planCatalog();
	const catalog: HomeCatalog = {
		...plans,
		// Home needs no question's domain (only exam scores and completed modules): a lighter page.
		facts: { ...plans.facts, questionDomain: {} },
		tracks: trackList.map((t) => ({
			track: t.track,
			title: t.title,
			modules: t.modules.map((m) => ({ id: m.id }))
		})),
		// The certifications a learner can name on their first visit: the full forms modeled on one.
		certifications: plans.exams
			.filter((e) => e.credentialForm)
			.map(({ id, title }) => ({ id, title }))
	};
	return {
		catalog,
		tracks: trackList.map((t) => ({ track: t.track, title: t.title, count: t.modules.length })),
		counts: {
			modules: course.modules.length,
			questions: course.questions.length,
			calls: course.calls.length,
			exams: course.exams.length
		}
	};
};
