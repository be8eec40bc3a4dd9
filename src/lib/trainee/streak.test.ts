import { afterEach, describe, expect, it } from 'vitest';
import { today } from '$lib/dates';
import { activeDaysOf, streakDays, streakLabel } from './streak';

const original = process.env.TZ;
afterEach(() => {
	if (original === undefined) delete process.env.TZ;
	else process.env.TZ = original;
});

function inLosAngeles() {
	process.env.TZ = 'America/Los_Angeles';
	// Proves the zone took effect: 480 minutes behind UTC in November.
	expect(new Date('2026-11-20T12:00:00Z').getTimezoneOffset()).toBe(480);
}

describe('streakDays', () => {
	it('counts consecutive days ending today', () => {
		expect(streakDays(['2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10')).toBe(3);
	});

	it('keeps yesterday’s streak alive until today ends', () => {
		expect(streakDays(['2026-03-08', '2026-03-09'], '2026-03-10')).toBe(2);
	});

	it('breaks on a missed day', () => {
		expect(streakDays(['2026-03-06', '2026-03-07', '2026-03-09', '2026-03-10'], '2026-03-10')).toBe(
			2
		);
		expect(streakDays(['2026-03-07'], '2026-03-10')).toBe(0);
		expect(streakDays([], '2026-03-10')).toBe(0);
	});

	it('crosses a month end', () => {
		expect(streakDays(['2026-02-28', '2026-03-01'], '2026-03-01')).toBe(2);
	});
});

describe('streaks in Los Angeles', () => {
	it('an answer at 8 p.m. local time counts for that day, not the UTC next day', () => {
		inLosAngeles();
		// 8 p.m. on November 19 and 20 in Los Angeles (04:00 UTC on the 20th and 21st).
		const days = activeDaysOf(['2026-11-20T04:00:00Z', '2026-11-21T04:00:00Z']);
		expect(days).toEqual(['2026-11-19', '2026-11-20']);
		// 11:30 p.m. on November 20 local time: still the 20th, so the streak is two days.
		expect(streakDays(days, today(new Date('2026-11-21T07:30:00Z')))).toBe(2);
	});

	it('turns at local midnight: the day after a missed day breaks the streak', () => {
		inLosAngeles();
		const days = activeDaysOf(['2026-11-19T20:00:00Z', '2026-11-20T20:00:00Z']);
		expect(days).toEqual(['2026-11-19', '2026-11-20']);
		const midnight = Date.parse('2026-11-22T08:00:00Z'); // 00:00 on November 22 in Los Angeles
		expect(streakDays(days, today(new Date(midnight - 1)))).toBe(2); // Nov 21: yesterday counts
		expect(streakDays(days, today(new Date(midnight)))).toBe(0); // Nov 22: Nov 21 was missed
	});

	it('skips timestamps that cannot be read', () => {
		expect(activeDaysOf(['not a time', '2026-11-20T12:00:00Z']).length).toBe(1);
	});
});

describe('streakLabel', () => {
	it('says the streak, or invites one', () => {
		expect(streakLabel(3)).toBe('3-day streak');
		expect(streakLabel(1)).toBe('1-day streak');
		expect(streakLabel(0)).toBe('Start a streak today');
	});
});
