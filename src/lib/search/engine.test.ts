import { describe, expect, it } from 'vitest';
import { buildIndex, highlight, search, stem, tokenize, type SearchDoc } from './engine';

const docs: SearchDoc[] = [
	{
		id: 'time',
		kind: 'section',
		title: 'Convenient times: 8 a.m. to 9 p.m.',
		href: '/learn/law/communications#time',
		text: 'Call only after 8 a.m. and before 9 p.m. at the consumer’s location. Calling at 9:15 p.m. is inconvenient.'
	},
	{
		id: 'disputes',
		kind: 'section',
		title: 'Disputes and verification',
		href: '/learn/law/validation#disputes',
		text: 'When a consumer disputes the debt in writing within the validation period, stop collecting until verification is mailed.'
	},
	{
		id: 'cra',
		kind: 'glossary',
		title: 'consumer reporting agency',
		href: '/glossary#cra',
		text: 'A credit bureau such as Equifax, Experian or TransUnion; agencies compile credit reports.'
	}
];
const index = buildIndex(docs);

describe('tokenize and stem', () => {
	it('folds case, drops stop words and plurals', () => {
		expect(tokenize('The Disputes of Agencies')).toEqual(['dispute', 'agency']);
	});
	it('keeps section signs and numbers', () => {
		expect(tokenize('§1692c(a)(1)')).toContain('§1692c');
	});
	it('leaves short and -ss words alone', () => {
		expect(stem('gas')).toBe('gas');
		expect(stem('business')).toBe('business');
	});
});

describe('search', () => {
	it('finds a document by a word in its body', () => {
		expect(search(index, 'verification')[0]?.doc.id).toBe('disputes');
	});

	it('ranks a title match above a body match', () => {
		const ids = search(index, 'consumer').map((h) => h.doc.id);
		expect(ids[0]).toBe('cra');
		expect(ids).toContain('time');
	});

	it('matches the word being typed as a prefix', () => {
		expect(search(index, 'verif')[0]?.doc.id).toBe('disputes');
	});

	it('requires every word when some document has them all', () => {
		expect(search(index, 'credit bureau').map((h) => h.doc.id)).toEqual(['cra']);
	});

	it('returns nothing for a query of stop words or nonsense', () => {
		expect(search(index, 'the of')).toEqual([]);
		expect(search(index, 'zzzqqq')).toEqual([]);
	});

	it('marks the matched words in the snippet', () => {
		const hit = search(index, 'disputes')[0]!;
		const marked = highlight(hit.snippet.text, hit.snippet.marks).filter((p) => p.mark);
		expect(marked.map((p) => p.text.toLowerCase())).toEqual(['disputes']);
	});
});
