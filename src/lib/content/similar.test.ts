import { describe, expect, it } from 'vitest';
import { nearDuplicates, similarity, stemWords } from './similar.ts';

describe('near-duplicate stems', () => {
	it('ignores small words, case and punctuation', () => {
		expect([...stemWords("You call Dana's cell at 8:40 p.m. her time.")]).toEqual([
			'call',
			'danas',
			'cell',
			'8',
			'40',
			'p.m',
			'time'
		]);
	});

	it('finds a reworded copy but not a different situation on the same topic', () => {
		const items = [
			{ id: 'a', stem: 'You call Dana at 8:40 p.m. her time. Is the call allowed?' },
			{ id: 'b', stem: 'Dana is called at 8:40 p.m., her time. Is that call allowed?' },
			{ id: 'c', stem: 'Dana asks you to stop calling her at work. What do you do next?' }
		];
		expect(nearDuplicates(items).map((d) => [d.item.id, d.like.id])).toEqual([['b', 'a']]);
		expect(similarity(stemWords(items[0]!.stem), stemWords(items[2]!.stem))).toBeLessThan(0.3);
	});
});
