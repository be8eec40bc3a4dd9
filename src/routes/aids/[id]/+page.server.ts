import { error } from '@sveltejs/kit';
import { course, modulesById } from '$lib/server/course';
import { citations, moduleHref } from '$lib/server/views';

export const entries = () => course.aids.map((a) => ({ id: a.id }));

export const load = ({ params }) => {
	const aid = course.aids.find((a) => a.id === params.id);
	if (!aid) error(404, 'No such job aid');
	return {
		aid: { id: aid.id, title: aid.title, summary: aid.summary, html: aid.html },
		modules: aid.modules.flatMap((id) => {
			const m = modulesById.get(id);
			return m ? [{ id: m.id, title: m.title, href: moduleHref(m) }] : [];
		}),
		rules: citations(aid.rules)
	};
};
