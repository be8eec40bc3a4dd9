import { course, modulesById } from '$lib/server/course';
import { moduleHref } from '$lib/server/views';

export const load = () => ({
	aids: course.aids.map((a) => ({
		id: a.id,
		title: a.title,
		summary: a.summary,
		modules: a.modules.flatMap((id) => {
			const m = modulesById.get(id);
			return m ? [{ id: m.id, title: m.title, href: moduleHref(m) }] : [];
		})
	}))
});
