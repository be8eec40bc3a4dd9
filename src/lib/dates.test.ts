import { afterEach, describe, expect, it } from 'vitest';
import { dayOf, daysBetween, isCalendarDay, shiftDay, today } from './dates';
import type { Backup } from '$lib/progress/backup';
import { summarise } from '$lib/trainee/summary';

/**
 * The learner's day is the one on their own clock. These tests move the process into another time
 * zone (Node reads TZ again whenever it changes) and check that it took effect, so they cannot
 * pass by running in UTC.
 */
const original = process.env.TZ;
afterEach(() => {
	if (original === undefined) delete process.env.TZ;
	else process.env.TZ = original;
});

function inZone(zone: string, offsetMinutes: number) {
	process.env.TZ = zone;
	// getTimezoneOffset is minutes *behind* UTC: 480 in Los Angeles in November, -540 in Tokyo.
	expect(new Date('2026-11-20T12:00:00Z').getTimezoneOffset()).toBe(offsetMinutes);
}

describe('today in Los Angeles (UTC-8 in November)', () => {
	it('at 4 p.m., when UTC has already reached midnight, is still the same day', () => {
		inZone('America/Los_Angeles', 480);
		const fourPm = new Date('2026-11-21T00:00:00Z');
		expect(fourPm.toISOString().slice(0, 10)).toBe('2026-11-21'); // what UTC would say
		expect(today(fourPm)).toBe('2026-11-20');
	});

	it('at 8 p.m. is that day, not tomorrow', () => {
		inZone('America/Los_Angeles', 480);
		expect(today(new Date('2026-11-21T04:00:00Z'))).toBe('2026-11-20');
	});

	it('turns at local midnight', () => {
		inZone('America/Los_Angeles', 480);
		const midnight = Date.parse('2026-11-21T08:00:00Z');
		expect(today(new Date(midnight - 1))).toBe('2026-11-20');
		expect(today(new Date(midnight))).toBe('2026-11-21');
	});

	it('gives a stored timestamp its local day', () => {
		inZone('America/Los_Angeles', 480);
		expect(dayOf('2026-11-21T04:00:00.000Z')).toBe('2026-11-20');
		expect(dayOf('2026-11-20T10:00:00+05')).toBeUndefined();
	});
});

describe('today in Tokyo (UTC+9)', () => {
	it('at 8 a.m. is that day, not yesterday', () => {
		inZone('Asia/Tokyo', -540);
		const eightAm = new Date('2026-11-20T23:00:00Z');
		expect(eightAm.toISOString().slice(0, 10)).toBe('2026-11-20'); // what UTC would say
		expect(today(eightAm)).toBe('2026-11-21');
	});
});

describe('streaks count local days', () => {
	const stamp = (iso: string) => ({
		profileId: 'p',
		moduleId: iso,
		status: 'in-progress' as const,
		readFraction: 0.1,
		updatedAt: iso
	});
	const backup = (stamps: string[]): Pick<Backup, 'profile' | 'tables'> => ({
		profile: { id: 'p', name: 'P', createdAt: stamps[0]!, updatedAt: stamps[0]! },
		tables: {
			moduleProgress: stamps.map(stamp),
			notes: [],
			examSessions: [],
			reviewCards: [],
			reviewLog: [],
			callRuns: [],
			planAssignments: [],
			settings: [],
			drillAttempts: [],
			auditAttempts: [],
			certificates: []
		}
	});
	const course = { modules: [], questionDomain: {}, blueprints: [] };

	it('evenings in Los Angeles on three days in a row make a three-day streak', () => {
		inZone('America/Los_Angeles', 480);
		// 8 p.m. on November 18, 19 and 20 in Los Angeles: November 19, 20 and 21 in UTC.
		const evenings = ['2026-11-19T04:00:00Z', '2026-11-20T04:00:00Z', '2026-11-21T04:00:00Z'];
		const now = new Date('2026-11-21T04:30:00Z');
		const summary = summarise(backup(evenings), course, today(now));
		expect(summary.activeDays).toEqual(['2026-11-18', '2026-11-19', '2026-11-20']);
		expect(summary.streakDays).toBe(3);
	});

	it('a morning and the evening before in Tokyo are two days, not one', () => {
		inZone('Asia/Tokyo', -540);
		// 10 p.m. on November 20 and 8 a.m. on November 21 in Tokyo: both November 20 in UTC.
		const stamps = ['2026-11-20T13:00:00Z', '2026-11-20T23:00:00Z'];
		const summary = summarise(backup(stamps), course, today(new Date('2026-11-20T23:00:00Z')));
		expect(summary.activeDays).toEqual(['2026-11-20', '2026-11-21']);
		expect(summary.streakDays).toBe(2);
	});
});

describe('calendar arithmetic', () => {
	it('counts and shifts whole days, whatever the zone', () => {
		inZone('America/Los_Angeles', 480);
		expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // across the spring-forward night
		expect(shiftDay('2026-03-08', 1)).toBe('2026-03-09');
		expect(shiftDay('2026-01-01', -1)).toBe('2025-12-31');
	});

	it('knows which days exist', () => {
		expect(isCalendarDay('2028-02-29')).toBe(true);
		expect(isCalendarDay('2026-02-29')).toBe(false);
		expect(isCalendarDay('2026-02-30')).toBe(false);
		expect(isCalendarDay('2026-13-01')).toBe(false);
		expect(isCalendarDay('2026-1-01')).toBe(false);
	});
});
