/**
 * Offline full-text search over the course, on MiniSearch: BM25 ranking with field boosts,
 * prefix matching for the word being typed, fuzzy matching for longer words, and snippets with
 * match positions. Pure TypeScript: the index is built and serialized at build time, and the
 * browser loads it (several times faster than indexing the documents there).
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';

export type DocKind = 'module' | 'section' | 'aid' | 'glossary' | 'question' | 'rule';

export interface SearchDoc {
	id: string;
	kind: DocKind;
	/** Shown as the result's title: a module or section title, a term, a rule, a question stem. */
	title: string;
	/** Where the result leads. */
	href: string;
	/** Extra context shown under the title, e.g. the module a section belongs to. */
	context?: string;
	/** Searched, and shown as the snippet: a section's body, a definition, an explanation. */
	text: string;
	/** Headings inside the document (for a module, all of its headings); searched, not shown. */
	headings?: string;
	/** Other words for a glossary term, or a rule's citation; searched, not shown. */
	aliases?: string;
}

export interface SearchHit {
	doc: Omit<SearchDoc, 'text' | 'headings' | 'aliases'>;
	score: number;
	/** A piece of the text around the first match, and where the matches are in it. */
	snippet: { text: string; marks: [number, number][] };
	titleMarks: [number, number][];
}

export type SearchIndex = MiniSearch<SearchDoc>;

/**
 * The searched fields and their boosts. A module or section whose title matches outranks one
 * where only a heading does, which outranks a glossary term, rule or job aid title, which
 * outranks a match in body text. A question's stem counts like body text.
 */
const FIELD_BOOST = { name: 8, headings: 4, term: 3, aliases: 1.5, stem: 1, body: 1 } as const;
type Field = keyof typeof FIELD_BOOST;
const FIELDS = Object.keys(FIELD_BOOST) as Field[];

/** Weighs a whole document by its kind: for the same match a question ranks below a module. */
const KIND_BOOST: Record<DocKind, number> = {
	module: 1.2,
	section: 1,
	aid: 1,
	glossary: 1,
	rule: 0.9,
	question: 0.45
};

function fieldOf(doc: SearchDoc, field: Field): string | undefined {
	switch (field) {
		case 'name':
			return doc.kind === 'module' || doc.kind === 'section' ? doc.title : undefined;
		case 'headings':
			return doc.headings;
		case 'term':
			return doc.kind === 'glossary' || doc.kind === 'rule' || doc.kind === 'aid'
				? doc.title
				: undefined;
		case 'aliases':
			return doc.aliases;
		case 'stem':
			return doc.kind === 'question' ? doc.title : undefined;
		case 'body':
			return doc.text;
	}
}

const STOP = new Set(
	'a an and are as at be by for from has have in is it its of on or that the this to was were will with you your'.split(
		' '
	)
);

/** Lower case without accents: "Déjà" → "deja". */
function fold(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
}

/** Reduces simple English plurals so "disputes" finds "dispute" and "agencies" finds "agency". */
export function stem(word: string): string {
	if (word.length <= 3 || /\d/.test(word)) return word;
	if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
	if (/(?:ss|us|is)$/.test(word)) return word;
	if (/(?:sh|ch|x|ss)es$/.test(word)) return word.slice(0, -2);
	if (word.endsWith('s')) return word.slice(0, -1);
	return word;
}

/**
 * A word, with inner periods and apostrophes: "a.m.", "1006.26", "consumer’s". Latin letters
 * only: the course is in English, and this runs about twice as fast as \p{L} in browsers.
 */
const LETTER = '0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F';
const WORD = new RegExp(`[${LETTER}]+(?:[.'’][${LETTER}]+)*`, 'g');
const PLAIN = /^[a-z0-9]+$/;

/** The index term for one word, or null for a stop word. */
export function termOf(word: string): string | null {
	let w = word.toLowerCase();
	// Most words are plain; only the rest need accents, possessives and inner periods taken off.
	if (!PLAIN.test(w))
		w = fold(w)
			.replace(/['’]s$/, '')
			.replace(/['’.]/g, '');
	return w && !STOP.has(w) ? stem(w) : null;
}

/** The index terms of a text, in order. */
export function tokenize(text: string): string[] {
	const out: string[] = [];
	for (const match of text.matchAll(WORD)) {
		const term = termOf(match[0]);
		if (term) out.push(term);
	}
	return out;
}

const OPTIONS = {
	fields: FIELDS,
	storeFields: ['kind', 'title', 'href', 'context', 'text'],
	// Searched fields are derived from the document; stored fields are its own.
	extractField: (doc: SearchDoc, field: string) =>
		field in FIELD_BOOST ? fieldOf(doc, field as Field) : doc[field as keyof SearchDoc],
	tokenize: (text: string) => text.match(WORD) ?? [],
	processTerm: (word: string) => termOf(word)
};

export function buildIndex(docs: SearchDoc[]): SearchIndex {
	const index = new MiniSearch<SearchDoc>(OPTIONS);
	index.addAll(docs);
	return index;
}

/** The index as `/search-index.json` carries it: built once at build time, loaded in the browser. */
export function loadIndex(json: string): SearchIndex {
	return MiniSearch.loadJSON<SearchDoc>(json, OPTIONS);
}

/**
 * Ranked results for a query. Every query word must match; the last one may be a prefix, as the
 * learner is still typing it. Only when that finds nothing are words of five letters or more
 * allowed one wrong letter (so "cease" never brings up "case", but "bankrupcy" still finds
 * "bankruptcy"), and only then do documents matching some of the words count.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
	const terms = tokenize(query);
	if (!terms.length) return [];
	const typing = !/\s$/.test(query);
	const last = terms.length - 1;
	const options: SearchOptions = {
		boost: FIELD_BOOST,
		prefix: (term: string, i: number) => typing && i === last && term.length >= 2,
		boostDocument: (_id: string, _term: string, stored?: Record<string, unknown>) =>
			KIND_BOOST[(stored?.kind as DocKind | undefined) ?? 'section'],
		// The query is already cut into index terms; keep them as they are.
		tokenize: () => terms,
		processTerm: (term: string) => term,
		combineWith: 'AND'
	};
	const fuzzy: SearchOptions = { fuzzy: (term: string) => (term.length >= 5 ? 1 : false) };
	let results = index.search(query, options);
	if (!results.length) results = index.search(query, { ...options, ...fuzzy });
	if (!results.length && terms.length > 1)
		results = index.search(query, { ...options, ...fuzzy, combineWith: 'OR' });
	return results.slice(0, limit).map(toHit);
}

function toHit(result: SearchResult): SearchHit {
	const text = String(result.text ?? '');
	const title = String(result.title ?? '');
	// Only terms found in the body can be marked in it; when there are none, skip the scan.
	const inBody = new Set(
		Object.keys(result.match).filter((t) => result.match[t]!.includes('body'))
	);
	return {
		doc: {
			id: String(result.id),
			kind: result.kind as DocKind,
			title,
			href: String(result.href),
			...(result.context ? { context: String(result.context) } : {})
		},
		score: result.score,
		snippet: snippetOf(text, inBody),
		titleMarks: markMatches(title, new Set(result.terms))
	};
}

/** Character ranges of the words in `text` whose index term is one of `terms`, up to `until`. */
export function markMatches(
	text: string,
	terms: ReadonlySet<string>,
	from = 0,
	until = Infinity
): [number, number][] {
	const marks: [number, number][] = [];
	if (!terms.size) return marks;
	const words = new RegExp(WORD.source, WORD.flags);
	words.lastIndex = from;
	for (let match = words.exec(text); match && match.index < until; match = words.exec(text)) {
		const end = match.index + match[0].length;
		if (end > until) break;
		if (isMatch(match[0], terms)) marks.push([match.index, end]);
	}
	return marks;
}

function isMatch(word: string, terms: ReadonlySet<string>): boolean {
	const term = termOf(word);
	return term !== null && terms.has(term);
}

/** The position of the first word in `text` whose index term is one of `terms`, or 0. */
function firstMatch(text: string, terms: ReadonlySet<string>): number {
	if (!terms.size) return 0;
	const words = new RegExp(WORD.source, WORD.flags);
	for (let match = words.exec(text); match; match = words.exec(text))
		if (isMatch(match[0], terms)) return match.index;
	return 0;
}

/** About `width` characters of `text` around its first match, cut at word boundaries. */
export function snippetOf(
	text: string,
	terms: ReadonlySet<string>,
	width = 180
): SearchHit['snippet'] {
	const first = firstMatch(text, terms);
	let start = Math.max(0, first - 60);
	if (start > 0) {
		const space = text.indexOf(' ', start);
		start = space >= 0 && space < first ? space + 1 : start;
	}
	let end = Math.min(text.length, start + width);
	if (end < text.length) {
		const space = text.lastIndexOf(' ', end);
		end = space > start ? space : end;
	}
	const prefix = start > 0 ? '…' : '';
	const suffix = end < text.length ? '…' : '';
	const shift = prefix.length - start;
	return {
		text: prefix + text.slice(start, end) + suffix,
		marks: markMatches(text, terms, start, end).map(
			([a, b]) => [a + shift, b + shift] as [number, number]
		)
	};
}

/**
 * Splits text into plain and marked pieces. The page renders each piece as a text node (inside
 * a <mark> when marked), so nothing from the index is ever parsed as HTML.
 */
export function highlight(
	text: string,
	marks: [number, number][]
): { text: string; mark: boolean }[] {
	const out: { text: string; mark: boolean }[] = [];
	let at = 0;
	for (const [a, b] of marks) {
		if (a > at) out.push({ text: text.slice(at, a), mark: false });
		out.push({ text: text.slice(a, b), mark: true });
		at = b;
	}
	if (at < text.length) out.push({ text: text.slice(at), mark: false });
	return out;
}
