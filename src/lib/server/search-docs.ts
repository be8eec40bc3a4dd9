import { htmlToText } from '$lib/content/markdown';
import type { SearchDoc } from '$lib/search/engine';
import { course, ruleHref } from './course';
import { moduleHref } from './views';

/** Everything searchable, cut into pieces small enough to land the learner on the right heading. */
export function searchDocs(): SearchDoc[] {
	const docs: SearchDoc[] = [];
	const checkOf = new Map<string, string>();
	for (const m of course.modules) {
		const href = moduleHref(m);
		m.check.forEach((q) => checkOf.set(q, `${href}#knowledge-check`));
		docs.push({
			id: `m:${m.id}`,
			kind: 'module',
			title: m.title,
			href,
			text: m.summary + ' ' + m.objectives.join(' ')
		});
		// Each h2 section becomes its own document.
		const parts = m.html.split(/(?=<h2 id=")/);
		for (const part of parts) {
			const heading = /^<h2 id="([^"]+)">([\s\S]*?)<\/h2>/.exec(part);
			if (!heading) continue;
			docs.push({
				id: `s:${m.id}#${heading[1]}`,
				kind: 'section',
				title: htmlToText(heading[2] ?? ''),
				context: m.title,
				href: `${href}#${heading[1]}`,
				text: htmlToText(part.slice(heading[0].length))
			});
		}
	}
	for (const a of course.aids)
		docs.push({
			id: `a:${a.id}`,
			kind: 'aid',
			title: a.title,
			href: `/aids/${a.id}`,
			context: 'Job aid',
			text: a.summary + ' ' + a.text
		});
	for (const g of course.glossary)
		docs.push({
			id: `g:${g.id}`,
			kind: 'glossary',
			title: g.term,
			href: `/glossary#${g.id}`,
			context: 'Glossary',
			text: [g.definition, ...g.aliases].join(' ')
		});
	for (const r of course.rules)
		docs.push({
			id: `r:${r.id}`,
			kind: 'rule',
			title: r.title,
			href: `/rules#${r.id}`,
			context: r.citation,
			text: r.summary
		});
	for (const q of course.questions) {
		const href = checkOf.get(q.id) ?? (q.rules[0] && ruleHref(q.rules[0]));
		if (!href) continue;
		docs.push({
			id: `q:${q.id}`,
			kind: 'question',
			title: q.stem,
			href,
			context: 'Practice question',
			text: htmlToText(q.explanationHtml)
		});
	}
	return docs;
}
