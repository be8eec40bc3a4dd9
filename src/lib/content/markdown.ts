/**
 * Markdown → HTML for course text, with our extensions:
 * `:::key|example|pitfall [title]` callouts, `[[term]]` / `[[term|shown text]]` glossary links and
 * `{rule:id}` citations. Runs at build time only; no Markdown parser ships to the browser.
 */
import { Marked, type Tokens, type TokenizerAndRendererExtension } from 'marked';

export interface Heading {
	id: string;
	text: string;
	depth: number;
}

/** What the renderer needs to know about the rest of the course. */
export interface MarkdownContext {
	findTerm(word: string): { id: string; definition: string } | undefined;
	findRule(id: string): { citation: string; summary: string } | undefined;
}

export interface RenderedMarkdown {
	html: string;
	headings: Heading[];
	/** Plain text, for the search index. */
	text: string;
	/** Problems with references, each with the offending source snippet. */
	problems: { snippet: string; message: string }[];
}

export const CALLOUT_TITLES = { key: 'Key point', example: 'Example', pitfall: 'Pitfall' } as const;
type CalloutKind = keyof typeof CALLOUT_TITLES;

export function slugify(text: string): string {
	return (
		text
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/&[a-z#0-9]+;/g, '')
			.replace(/['’]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'section'
	);
}

export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

export function htmlToText(html: string): string {
	return html
		.replace(/<span class="term-tip"[^>]*>[\s\S]*?<\/span>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Renders one piece of Markdown. `idPrefix` keeps tooltip ids unique when several pieces
 * share a page (for example the explanations on an exam results page).
 */
export function renderMarkdown(
	source: string,
	context: MarkdownContext,
	idPrefix = 'md'
): RenderedMarkdown {
	const headings: Heading[] = [];
	const usedIds = new Map<string, number>();
	const problems: RenderedMarkdown['problems'] = [];
	let tipCount = 0;

	const callout: TokenizerAndRendererExtension = {
		name: 'callout',
		level: 'block',
		start: (src) => src.match(/^:::/m)?.index,
		tokenizer(src) {
			const match = /^:::(\w+)[ \t]*([^\n]*)\n([\s\S]*?)\n:::[ \t]*(?:\n|$)/.exec(src);
			if (!match) return undefined;
			const kind = match[1] ?? '';
			if (!(kind in CALLOUT_TITLES)) {
				problems.push({
					snippet: match[0].split('\n')[0] ?? '',
					message: `unknown callout ":::${kind}" (use :::key, :::example or :::pitfall)`
				});
			}
			return {
				type: 'callout',
				raw: match[0],
				kind,
				title: match[2]?.trim() ?? '',
				tokens: this.lexer.blockTokens(match[3] ?? '', [])
			};
		},
		renderer(token) {
			const kind = (token.kind in CALLOUT_TITLES ? token.kind : 'key') as CalloutKind;
			const label = token.title || CALLOUT_TITLES[kind];
			return (
				`<aside class="callout callout-${kind}" aria-label="${escapeHtml(CALLOUT_TITLES[kind])}">` +
				`<p class="callout-title">${escapeHtml(label)}</p>` +
				this.parser.parse(token.tokens ?? []) +
				'</aside>\n'
			);
		}
	};

	const glossaryTerm: TokenizerAndRendererExtension = {
		name: 'glossaryTerm',
		level: 'inline',
		start: (src) => src.indexOf('[['),
		tokenizer(src) {
			const match = /^\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]/.exec(src);
			if (!match) return undefined;
			return {
				type: 'glossaryTerm',
				raw: match[0],
				term: (match[1] ?? '').trim(),
				shown: (match[2] ?? match[1] ?? '').trim()
			};
		},
		renderer(token) {
			const entry = context.findTerm(token.term);
			if (!entry) {
				problems.push({ snippet: token.raw, message: `no glossary term "${token.term}"` });
				return escapeHtml(token.shown);
			}
			const tipId = `${idPrefix}-tip-${++tipCount}`;
			return (
				`<span class="term"><a href="/glossary#${entry.id}" aria-describedby="${tipId}">` +
				`${escapeHtml(token.shown)}</a><span class="term-tip" role="tooltip" id="${tipId}">` +
				`${escapeHtml(entry.definition)}</span></span>`
			);
		}
	};

	const ruleCitation: TokenizerAndRendererExtension = {
		name: 'ruleCitation',
		level: 'inline',
		start: (src) => src.indexOf('{rule:'),
		tokenizer(src) {
			const match = /^\{rule:([^}\s]+)\}/.exec(src);
			if (!match) return undefined;
			return { type: 'ruleCitation', raw: match[0], id: match[1] ?? '' };
		},
		renderer(token) {
			const rule = context.findRule(token.id);
			if (!rule) {
				problems.push({ snippet: token.raw, message: `no rule "${token.id}" in rules.yaml` });
				return '';
			}
			return `<a class="cite" href="/rules#${token.id}" title="${escapeHtml(rule.summary)}">${escapeHtml(rule.citation)}</a>`;
		}
	};

	const marked = new Marked({
		gfm: true,
		extensions: [callout, glossaryTerm, ruleCitation],
		renderer: {
			heading({ tokens, depth }: Tokens.Heading) {
				const inner = this.parser.parseInline(tokens);
				const plain = htmlToText(inner);
				const base = slugify(plain);
				const seen = usedIds.get(base) ?? 0;
				usedIds.set(base, seen + 1);
				const id = seen ? `${base}-${seen + 1}` : base;
				headings.push({ id, text: plain, depth });
				return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
			},
			// Course text never carries raw HTML: it is shown as text, never run.
			html({ text }: Tokens.HTML | Tokens.Tag) {
				return escapeHtml(text);
			}
		}
	});

	// A wide table scrolls inside its own box on a small phone instead of pushing the page sideways;
	// the box takes focus so it can be scrolled from the keyboard.
	const html = marked
		.parse(source, { async: false })
		.replaceAll(
			'<table>',
			'<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table>'
		)
		.replaceAll('</table>', '</table></div>');
	return { html, headings, text: htmlToText(html), problems };
}
