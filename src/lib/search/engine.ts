/**
 * Offline full-text search over the course: an inverted index with field weights, BM25-style
 * ranking, prefix matching for the word being typed, and snippets with match positions.
 * Pure TypeScript: the index is built in the browser from documents prepared at build time.
 */

export type DocKind = 'module' | 'section' | 'aid' | 'glossary' | 'question' | 'rule';

export interface SearchDoc {
	id: string;
	kind: DocKind;
	title: string;
	/** Where the result leads. */
	href: string;
	/** Extra context shown under the title, e.g. the module a section belongs to. */
	context?: string;
	text: string;
}

export interface SearchHit {
	doc: SearchDoc;
	score: number;
	/** A piece of the text around the first match, and where the matches are in it. */
	snippet: { text: string; marks: [number, number][] };
	titleMarks: [number, number][];
}

const STOP = new Set(
	'a an and are as at be by for from has have in is it its of on or that the this to was were will with you your'.split(
		' '
	)
);

const FIELD_WEIGHT = { title: 4, context: 1.5, text: 1 } as const;

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

const WORD = /[a-z0-9§]+(?:[.'’][a-z0-9]+)*/g;

/** The index terms of a text, in order. */
export function tokenize(text: string): string[] {
	const out: string[] = [];
	for (const match of fold(text).matchAll(WORD)) {
		const word = match[0].replace(/['’]s$/, '').replace(/['’.]/g, '');
		if (word && !STOP.has(word)) out.push(stem(word));
	}
	return out;
}

export interface SearchIndex {
	docs: SearchDoc[];
	/** term → (doc index → weighted term frequency) */
	postings: Map<string, Map<number, number>>;
	/** Sorted terms, for prefix lookups. */
	terms: string[];
	lengths: number[];
	averageLength: number;
}

export function buildIndex(docs: SearchDoc[]): SearchIndex {
	const postings = new Map<string, Map<number, number>>();
	const lengths: number[] = [];
	docs.forEach((doc, i) => {
		let length = 0;
		for (const field of ['title', 'context', 'text'] as const) {
			const tokens = tokenize(doc[field] ?? '');
			length += tokens.length * FIELD_WEIGHT[field];
			for (const term of tokens) {
				let list = postings.get(term);
				if (!list) postings.set(term, (list = new Map()));
				list.set(i, (list.get(i) ?? 0) + FIELD_WEIGHT[field]);
			}
		}
		lengths.push(length);
	});
	const total = lengths.reduce((a, b) => a + b, 0);
	return {
		docs,
		postings,
		terms: [...postings.keys()].sort(),
		lengths,
		averageLength: total / Math.max(1, docs.length)
	};
}

/** Terms that start with `prefix`, found by binary search over the sorted term list. */
function termsWithPrefix(index: SearchIndex, prefix: string, limit = 40): string[] {
	let lo = 0;
	let hi = index.terms.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (index.terms[mid]! < prefix) lo = mid + 1;
		else hi = mid;
	}
	const out: string[] = [];
	for (let i = lo; i < index.terms.length && out.length < limit; i++) {
		const term = index.terms[i]!;
		if (!term.startsWith(prefix)) break;
		out.push(term);
	}
	return out;
}

const K1 = 1.2;
const B = 0.75;

/**
 * Ranked results for a query. Every query word must match (the last one may be a prefix, as the
 * learner is still typing it); if nothing matches them all, documents matching most words rank first.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
	const words = tokenize(query);
	if (!words.length) return [];
	const n = index.docs.length;
	const scores = new Map<number, { score: number; matched: number }>();
	const prefixAllowed = !/\s$/.test(query);

	words.forEach((word, w) => {
		const isLast = w === words.length - 1;
		const candidates =
			isLast && prefixAllowed && word.length >= 2 ? termsWithPrefix(index, word) : [word];
		const seen = new Set<number>();
		for (const term of candidates) {
			const list = index.postings.get(term);
			if (!list) continue;
			const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
			// An exact word beats a longer word that merely starts with it.
			const exactness = term === word ? 1 : 0.7;
			for (const [doc, tf] of list) {
				const norm = tf + K1 * (1 - B + (B * index.lengths[doc]!) / index.averageLength);
				const gain = ((idf * (tf * (K1 + 1))) / norm) * exactness;
				const entry = scores.get(doc) ?? { score: 0, matched: 0 };
				entry.score += gain;
				if (!seen.has(doc)) {
					entry.matched += 1;
					seen.add(doc);
				}
				scores.set(doc, entry);
			}
		}
	});

	const ranked = [...scores.entries()]
		.sort((a, b) => b[1].matched - a[1].matched || b[1].score - a[1].score)
		.filter(([, s], _, all) => s.matched === all[0]![1].matched)
		.slice(0, limit);

	const stems = words.map((w, i) => ({ stem: w, prefix: i === words.length - 1 && prefixAllowed }));
	return ranked.map(([doc, s]) => {
		const d = index.docs[doc]!;
		return {
			doc: d,
			score: s.score,
			snippet: snippetOf(d.text, stems),
			titleMarks: markMatches(d.title, stems)
		};
	});
}

type QueryStem = { stem: string; prefix: boolean };

function wordMatches(word: string, stems: QueryStem[]): boolean {
	const s = stem(
		fold(word)
			.replace(/['’]s$/, '')
			.replace(/['’.]/g, '')
	);
	return stems.some((q) => (q.prefix ? s.startsWith(q.stem) : s === q.stem));
}

/** Character ranges of the words in `text` that match the query. */
export function markMatches(text: string, stems: QueryStem[]): [number, number][] {
	const marks: [number, number][] = [];
	const lower = text.toLowerCase();
	for (const match of lower.matchAll(/[\p{L}\p{N}§]+(?:[.'’][\p{L}\p{N}]+)*/gu)) {
		if (wordMatches(match[0], stems)) marks.push([match.index, match.index + match[0].length]);
	}
	return marks;
}

function snippetOf(text: string, stems: QueryStem[], width = 180): SearchHit['snippet'] {
	const marks = markMatches(text, stems);
	const first = marks[0]?.[0] ?? 0;
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
		marks: marks
			.filter(([a, b]) => a >= start && b <= end)
			.map(([a, b]) => [a + shift, b + shift] as [number, number])
	};
}

/** Splits text into plain and marked pieces, for rendering without HTML strings. */
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
