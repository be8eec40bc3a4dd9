import { DOMAIN_TITLES } from '$lib/content/schema';
import { courseFacts, tracks } from '$lib/server/views';
import { audits } from '$lib/server/audits';

export const load = () => ({
	tracks: tracks().map((t) => ({
		track: t.track,
		title: t.title,
		modules: t.modules.map((m) => ({ id: m.id, title: m.title, href: m.href }))
	})),
	facts: courseFacts(),
	domainTitles: DOMAIN_TITLES as Record<string, string>,
	auditTitles: Object.fromEntries(audits().map((a) => [a.id, a.title])) as Record<string, string>
});
