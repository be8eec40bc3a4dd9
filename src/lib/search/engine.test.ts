import { describe, expect, it } from 'vitest';
import {
	buildIndex,
	highlight,
	loadIndex,
	search,
	snippetOf,
	stem,
	tokenize,
	type SearchDoc,
	type SearchHit
} from './engine';

const filler = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

const docs: SearchDoc[] = [
	{
		id: 'm:time-barred',
		kind: 'module',
		title: 'Time-barred debt and credit reporting',
		href: '/learn/law/time-barred',
		text: 'Why you must not sue on an old debt, and what to do before reporting to a bureau.',
		headings: 'What makes a debt time-barred · Before you report'
	},
	{
		id: 's:time-barred#what',
		kind: 'section',
		title: 'What makes a debt time-barred',
		context: 'Time-barred debt and credit reporting',
		href: '/learn/law/time-barred#what',
		text: 'Every state sets a statute of limitations. When it has run out, the debt is time-barred.'
	},
	{
		id: 's:false#mini',
		kind: 'section',
		title: 'The mini-Miranda disclosure',
		context: 'False or misleading representations',
		href: '/learn/law/false#mini',
		text: `${filler(40)} In the initial communication you must say you are collecting a debt. ${filler(40)}`
	},
	{
		id: 's:calls#opening',
		kind: 'section',
		title: 'Opening the call',
		context: 'Call structure',
		href: '/learn/calls#opening',
		text: 'After verifying the right party, give the mini-Miranda and state the purpose of the call.'
	},
	{
		id: 's:validation#disputes',
		kind: 'section',
		title: 'Disputes and verification',
		context: 'Validation notices',
		href: '/learn/law/validation#disputes',
		text: 'When a consumer disputes the debt in writing within the validation period, stop collecting until verification is mailed.'
	},
	{
		id: 'g:time-barred-debt',
		kind: 'glossary',
		title: 'time-barred debt',
		context: 'Glossary',
		href: '/glossary#time-barred-debt',
		text: 'A debt whose statute of limitations for a lawsuit has run out.',
		aliases: 'stale debt · out-of-statute debt'
	},
	{
		id: 'g:mini-miranda',
		kind: 'glossary',
		title: 'mini-Miranda',
		context: 'Glossary',
		href: '/glossary#mini-miranda',
		text: 'The disclosure that the collector is attempting to collect a debt.',
		aliases: 'debt collector disclosure'
	},
	{
		id: 'g:cra',
		kind: 'glossary',
		title: 'consumer reporting agency',
		context: 'Glossary',
		href: '/glossary#cra',
		text: 'A credit bureau such as Equifax, Experian or TransUnion; agencies compile credit reports.',
		aliases: 'credit bureau · CRA'
	},
	{
		id: 'q:tb-1',
		kind: 'question',
		title: 'The account is time-barred. What may you say about a lawsuit?',
		context: 'Practice question',
		href: '/question?id=tb-1',
		text: 'A time-barred debt cannot be the subject of a suit or a threat of one.'
	},
	{
		id: 'r:1692e',
		kind: 'rule',
		title: 'No false or misleading representations',
		context: '15 U.S.C. §1692e',
		href: '/rules#1692e',
		text: 'A collector may not use any false, deceptive or misleading representation. <b>Bold</b> & <script>alert(1)</script> stay text.',
		aliases: '15 U.S.C. §1692e'
	}
];
const index = buildIndex(docs);
const ids = (query: string) => search(index, query).map((h) => h.doc.id);
const marked = (text: string, marks: [number, number][]) =>
	highlight(text, marks)
		.filter((p) => p.mark)
		.map((p) => p.text);

describe('tokenize and stem', () => {
	it('folds case and accents, drops stop words and plurals', () => {
		expect(tokenize('The Disputes of Agencies')).toEqual(['dispute', 'agency']);
		expect(tokenize('Café déjà-vu')).toEqual(['cafe', 'deja', 'vu']);
	});
	it('keeps section numbers whole and splits hyphenated words', () => {
		expect(tokenize('§1692c(a)(1)')).toEqual(['1692c', '1']);
		expect(tokenize('12 CFR §1006.26(b)')).toEqual(['12', 'cfr', '100626', 'b']);
		expect(tokenize('time-barred')).toEqual(['time', 'barred']);
	});
	it('leaves short and -ss words alone', () => {
		expect(stem('gas')).toBe('gas');
		expect(stem('business')).toBe('business');
	});
});

describe('ranking', () => {
	it('puts the module whose title matches first, ahead of the glossary and questions', () => {
		const found = ids('time-barred');
		expect(found[0]).toBe('m:time-barred');
		expect(found.indexOf('s:time-barred#what')).toBeLessThan(found.indexOf('g:time-barred-debt'));
		expect(found.indexOf('g:time-barred-debt')).toBeLessThan(found.indexOf('q:tb-1'));
	});

	it('ranks a section titled with the words above a section that only mentions them', () => {
		const found = ids('mini-Miranda');
		expect(found[0]).toBe('s:false#mini');
		expect(found.indexOf('g:mini-miranda')).toBeLessThan(found.indexOf('s:calls#opening'));
	});

	it('ranks a question below a module for the same kind of match', () => {
		const found = ids('lawsuit');
		expect(found).toContain('q:tb-1');
		expect(found.indexOf('g:time-barred-debt')).toBeLessThan(found.indexOf('q:tb-1'));
	});

	it('finds a glossary term by an alias without showing the alias list', () => {
		const hit = search(index, 'stale debt')[0]!;
		expect(hit.doc.id).toBe('g:time-barred-debt');
		expect(hit.snippet.text).toBe(docs[5]!.text);
		expect(hit.snippet.text).not.toContain('stale');
	});

	it('finds a rule by its citation', () => {
		expect(ids('1692e')[0]).toBe('r:1692e');
	});

	it('requires every word when some document has them all, and falls back to any word', () => {
		expect(ids('credit bureau').sort()).toEqual(['g:cra', 'm:time-barred']);
		expect(ids('verification zzzqqq')).toContain('s:validation#disputes');
	});

	it('returns nothing for a query of stop words or nonsense', () => {
		expect(search(index, 'the of')).toEqual([]);
		expect(search(index, 'zzzqqq')).toEqual([]);
	});

	it('honors the limit', () => {
		expect(search(index, 'debt', 2)).toHaveLength(2);
	});

	it('finds the same after the index is serialized and loaded again', () => {
		const loaded = loadIndex(JSON.stringify(index));
		for (const query of ['time-barred', 'verif', 'verificaton', 'stale debt', '1692e'])
			expect(search(loaded, query)).toEqual(search(index, query));
	});
});

describe('prefix and fuzzy matching', () => {
	it('matches the word being typed as a prefix', () => {
		expect(ids('verif')[0]).toBe('s:validation#disputes');
		expect(ids('mini-Mir')[0]).toBe('s:false#mini');
	});

	it('takes a finished word whole once a space follows it', () => {
		expect(ids('verif ')).toEqual([]);
	});

	it('forgives a typo in a word of five letters or more', () => {
		expect(ids('verificaton')[0]).toBe('s:validation#disputes');
		expect(ids('disclosre')).toContain('g:mini-miranda');
	});

	it('does not guess while the words as typed find something', () => {
		// "state" is one letter from the alias "stale debt".
		expect(ids('state')).toContain('s:time-barred#what');
		expect(ids('state')).not.toContain('g:time-barred-debt');
	});

	it('does not guess at short words', () => {
		// "debt" is four letters: "dept" must not find it.
		expect(ids('dept')).toEqual([]);
	});
});

describe('snippets', () => {
	it('marks the matched words, in the body and the title', () => {
		const hit = search(index, 'disputes')[0]!;
		expect(marked(hit.snippet.text, hit.snippet.marks).map((t) => t.toLowerCase())).toEqual([
			'disputes'
		]);
		expect(marked(hit.doc.title, hit.titleMarks)).toEqual(['Disputes']);
	});

	it('marks prefix and fuzzy matches as the words found', () => {
		const hit = search(index, 'verificaton')[0]!;
		expect(marked(hit.snippet.text, hit.snippet.marks)).toEqual(['verification']);
	});

	it('cuts a window around the first match in a long section, at word boundaries', () => {
		const hit = search(index, 'initial communication').find((h) => h.doc.id === 's:false#mini')!;
		expect(hit.snippet.text.startsWith('…')).toBe(true);
		expect(hit.snippet.text.endsWith('…')).toBe(true);
		expect(hit.snippet.text.length).toBeLessThanOrEqual(182);
		expect(hit.snippet.text).toMatch(/^…word\d+ /);
		expect(marked(hit.snippet.text, hit.snippet.marks)).toEqual(['initial', 'communication']);
	});

	it('starts at the beginning when the match is only in the title', () => {
		const hit = search(index, 'opening')[0]!;
		expect(hit.doc.id).toBe('s:calls#opening');
		expect(hit.snippet.text.startsWith('After verifying')).toBe(true);
		expect(hit.snippet.marks).toEqual([]);
	});

	it('keeps markup in the content as text: the pieces are the text, cut, never HTML', () => {
		const hit = search(index, 'misleading').find((h) => h.doc.id === 'r:1692e')!;
		const pieces = highlight(hit.snippet.text, hit.snippet.marks);
		expect(pieces.map((p) => p.text).join('')).toBe(hit.snippet.text);
		expect(hit.snippet.text).toContain('<b>Bold</b> & <script>alert(1)</script>');
		expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['misleading']);
	});

	it('never marks a word the query did not find', () => {
		const snippet = snippetOf('A debt, debts and a debtor.', new Set(['debt']));
		expect(marked(snippet.text, snippet.marks)).toEqual(['debt', 'debts']);
	});
});

describe('hits', () => {
	it('carry what a result needs and nothing searched-only', () => {
		const hit: SearchHit = search(index, 'stale')[0]!;
		expect(hit.doc).toEqual({
			id: 'g:time-barred-debt',
			kind: 'glossary',
			title: 'time-barred debt',
			href: '/glossary#time-barred-debt',
			context: 'Glossary'
		});
	});

	it('lead a question to its own page', () => {
		expect(search(index, 'lawsuit').find((h) => h.doc.kind === 'question')?.doc.href).toBe(
			'/question?id=tb-1'
		);
	});
});
