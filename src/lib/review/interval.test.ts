import { describe, expect, it } from 'vitest';
import { formatInterval } from './interval';

const m = 60_000;
const h = 60 * m;
const d = 24 * h;

describe('formatInterval', () => {
	it('says minutes under an hour, never 0m', () => {
		expect(formatInterval(0)).toBe('1m');
		expect(formatInterval(20_000)).toBe('1m');
		expect(formatInterval(10 * m)).toBe('10m');
		expect(formatInterval(59 * m)).toBe('59m');
	});

	it('says hours under a day, days under a month', () => {
		expect(formatInterval(h)).toBe('1h');
		expect(formatInterval(5.4 * h)).toBe('5h');
		expect(formatInterval(d)).toBe('1d');
		expect(formatInterval(4 * d + 3 * h)).toBe('4d');
		expect(formatInterval(29 * d)).toBe('29d');
	});

	it('says months and years with one decimal at most', () => {
		expect(formatInterval(30 * d)).toBe('1mo');
		expect(formatInterval(45 * d)).toBe('1.5mo');
		expect(formatInterval(365 * d)).toBe('1y');
		expect(formatInterval(1.25 * 365 * d)).toBe('1.3y');
	});

	it('reads a negative or broken span as the shortest', () => {
		expect(formatInterval(-5)).toBe('1m');
		expect(formatInterval(Number.NaN)).toBe('1m');
	});
});
