import { error } from '@sveltejs/kit';
import { TRACK_TITLES } from '$lib/content/catalog';
import { course, findModule } from '$lib/server/course';
import { citations, questionView, summarise } from '$lib/server/views';

export const entries = () => course.modules.map((m) => ({ track: m.track, module: m.id }));

export const load = ({ params }) => {
	const module = findModule(params.track, params.module);
	if (!module) error(404, 'No such module');
	const inTrack = course.modules.filter((m) => m.track === module.track);
	const index = inTrack.indexOf(module);
	const next = inTrack[index + 1] ?? course.modules[course.modules.indexOf(module) + 1];
	const prev = inTrack[index - 1];
	const byId = new Map(course.questions.map((q) => [q.id, q]));
	return {
		module: {
			id: module.id,
			title: module.title,
			summary: module.summary,
			track: module.track,
			trackTitle: TRACK_TITLES[module.track],
			minutes: module.minutes,
			objectives: module.objectives,
			certs: module.certs,
			html: module.html,
			toc: module.headings.filter((h) => h.depth === 2),
			prerequisites: module.prerequisites.flatMap((id) => {
				const p = course.modules.find((m) => m.id === id);
				return p ? [summarise(p)] : [];
			})
		},
		rules: citations(module.rules),
		aids: course.aids
			.filter((a) => a.modules.includes(module.id))
			.map((a) => ({ id: a.id, title: a.title, href: `/aids/${a.id}` })),
		check: module.check.flatMap((id) => {
			const q = byId.get(id);
			return q ? [questionView(q)] : [];
		}),
		prev: prev && summarise(prev),
		next: next && summarise(next),
		/** The next module in the same track; none after the track's last module. */
		nextInTrack: inTrack[index + 1] && summarise(inTrack[index + 1]!)
	};
};
