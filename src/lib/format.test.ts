import { describe, expect, it } from 'vitest';
import { count, list, megabytes, number, plural } from './format';

describe('plural and count', () => {
	it('uses the singular for exactly one and the plural otherwise', () => {
		expect(plural(1, 'record')).toBe('record');
		expect(plural(0, 'record')).toBe('records');
		expect(plural(2, 'record')).toBe('records');
		expect(plural(-1, 'record')).toBe('records');
		expect(plural(1.5, 'minute')).toBe('minutes');
	});

	it('takes an irregular plural', () => {
		expect(plural(1, 'entry', 'entries')).toBe('entry');
		expect(plural(3, 'entry', 'entries')).toBe('entries');
		expect(count(1, 'day streak', 'day streak')).toBe('1 day streak');
	});

	it('puts the number before the word, with thousands separators', () => {
		expect(count(1, 'module record')).toBe('1 module record');
		expect(count(0, 'exam')).toBe('0 exams');
		expect(count(2, 'practice call')).toBe('2 practice calls');
		expect(count(100_000, 'review answer')).toBe('100,000 review answers');
		expect(number(1234567)).toBe('1,234,567');
	});
});

describe('list', () => {
	it('joins like a sentence', () => {
		expect(list([])).toBe('');
		expect(list(['1 exam'])).toBe('1 exam');
		expect(list(['1 exam', '2 calls'])).toBe('1 exam and 2 calls');
		expect(list(['1 module record', '1 exam', '2 calls'])).toBe(
			'1 module record, 1 exam and 2 calls'
		);
	});
});

describe('megabytes', () => {
	it('rounds to one decimal', () => {
		expect(megabytes(0)).toBe('0.0 MB');
		expect(megabytes(33_000_000)).toBe('31.5 MB');
	});
});
