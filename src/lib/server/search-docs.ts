import { htmlToText } from '$lib/content/markdown';
import type { SearchDoc } from '$lib/search/engine';
import { course } from './course';
import { moduleHref } from './views';

/** Plain text of rendered HTML, without the space a closing tag leaves before punctuation. */
const plain = (html: string) => htmlToText(html).replace(/\s+([.,;:!?)])/g, '$1');

/** A module's list of sources adds citations, not teaching; the rules are indexed on their own. */
const SOURCES = 'sources';

/** Where a search hit on a question leads: a page that shows that one question. */
export const questionHref = (id: string) => `/question?id=${encodeURIComponent(id)}`;

/** Everything searchable, cut into pieces small enough to land the learner on the right heading. */
export function searchDocs(): SearchDoc[] {
	const docs: SearchDoc[] = [];
	for (const m of course.modules) {
		const href = moduleHref(m);
		// Each h2 section becomes its own document; the text before the first one belongs to the module.
		const [intro = '', ...parts] = m.html.split(/(?=<h2 id=")/);
		docs.push({
			id: `m:${m.id}`,
			kind: 'module',
			title: m.title,
			href,
			text: [m.summary, ...m.objectives, plain(intro)].join(' '),
			headings: m.headings
				.filter((h) => h.id !== SOURCES)
				.map((h) => h.text)
				.join(' · ')
		});
		for (const part of parts) {
			const heading = /^<h2 id="([^"]+)">([\s\S]*?)<\/h2>/.exec(part);
			if (!heading || heading[1] === SOURCES) continue;
			const body = part.slice(heading[0].length);
			const subheadings = [...body.matchAll(/<h[3-6] id="[^"]+">([\s\S]*?)<\/h[3-6]>/g)].map((h) =>
				plain(h[1] ?? '')
			);
			docs.push({
				id: `s:${m.id}#${heading[1]}`,
				kind: 'section',
				title: plain(heading[2] ?? ''),
				context: m.title,
				href: `${href}#${heading[1]}`,
				text: plain(body),
				...(subheadings.length ? { headings: subheadings.join(' · ') } : {})
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
			text: g.definition,
			...(g.aliases.length ? { aliases: g.aliases.join(' · ') } : {})
		});
	for (const r of course.rules)
		docs.push({
			id: `r:${r.id}`,
			kind: 'rule',
			title: r.title,
			href: `/rules#${r.id}`,
			context: r.citation,
			text: r.summary,
			aliases: r.citation
		});
	for (const q of course.questions)
		docs.push({
			id: `q:${q.id}`,
			kind: 'question',
			title: q.stem,
			href: questionHref(q.id),
			context: 'Practice question',
			text: plain(q.explanationHtml)
		});
	return docs;
}
