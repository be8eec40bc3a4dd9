import { tracks } from '$lib/server/views';

export const load = () => ({
	tracks: tracks().map((t) => ({
		track: t.track,
		title: t.title,
		modules: t.modules.map((m) => ({ id: m.id, title: m.title, href: m.href }))
	}))
});
