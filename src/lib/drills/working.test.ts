/**
 * Property tests over 1,000 seeds per drill type: the figures the working states, re-derived here
 * without the engine (plain date arithmetic, `Intl` directly, a hand-written holiday list), give
 * the computed answer, and the working's last line says it.
 */
import { describe, expect, it } from 'vitest';
import { clock } from '$lib/calls/dialer';
import { generateCallNow } from './call-now.ts';
import { generateCreditReporting } from './credit-reporting.ts';
import { generateLimitedContent, REQUIRED } from './limited-content.ts';
import { generateNextCall } from './next-call.ts';
import { generateValidationPeriod } from './validation-period.ts';
import type { DrillCase } from './types.ts';

const SEEDS = Array.from({ length: 1000 }, (_, i) => i * 7919 + 13);
/** A thousand cases with time-zone arithmetic take a few seconds on a shared machine. */
const SLOW = 120_000;

const DAY = 86_400_000;
const plus = (date: string, days: number) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const dayGap = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

/** 5 U.S.C. 6103(a) holidays, written out by hand from a calendar. */
const HOLIDAYS = new Set([
	...[
		'01-01',
		'01-19',
		'02-16',
		'05-25',
		'06-19',
		'07-04',
		'09-07',
		'10-12',
		'11-11',
		'11-26',
		'12-25'
	].map((d) => `2026-${d}`),
	...[
		'01-01',
		'01-18',
		'02-15',
		'05-31',
		'06-19',
		'07-04',
		'09-06',
		'10-11',
		'11-11',
		'11-25',
		'12-25'
	].map((d) => `2027-${d}`),
	...[
		'01-01',
		'01-17',
		'02-21',
		'05-29',
		'06-19',
		'07-04',
		'09-04',
		'10-09',
		'11-11',
		'11-23',
		'12-25'
	].map((d) => `2028-${d}`),
	'2029-01-01'
]);
const weekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** Minutes after midnight on the zone's clock, straight from `Intl`. */
const wallFormats = new Map<string, Intl.DateTimeFormat>();
function wallMinutes(instant: number, zone: string): number {
	if (!wallFormats.has(zone))
		wallFormats.set(
			zone,
			new Intl.DateTimeFormat('en-US', {
				timeZone: zone,
				hourCycle: 'h23',
				hour: 'numeric',
				minute: 'numeric'
			})
		);
	const parts = wallFormats.get(zone)!.formatToParts(new Date(instant));
	const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
	return (get('hour') % 24) * 60 + get('minute');
}

function endsWithAnswer(drill: DrillCase) {
	expect(drill.working.at(-1)!.text).toBe(drill.answerText);
	for (const step of drill.working) expect(step.text.length).toBeGreaterThan(10);
}

describe('Can you call now? over 1,000 seeds', () => {
	it(
		're-derives yes or no and the first allowed time from the stated clocks',
		() => {
			let no = 0;
			let ambiguous = 0;
			for (const seed of SEEDS) {
				const drill = generateCallNow(seed);
				const w = drill.work;
				endsWithAnswer(drill);
				if (w.places.length > 1) ambiguous++;
				const now = Date.parse(w.now);
				// Each place's clock is the collector's clock moved by the difference in offsets.
				for (const p of w.places) {
					expect(p.minutes).toBe(
						(((w.agent.minutes - w.agent.offset + p.offset) % 1440) + 1440) % 1440
					);
					expect(p.minutes).toBe(wallMinutes(now, p.zone));
					expect(p.inside).toBe(p.minutes >= 480 && p.minutes <= 1260);
					expect(drill.working.some((s) => s.text.includes(clock(p.minutes)))).toBe(true);
				}
				const inside = (t: number) =>
					w.places.every((p) => {
						const m = wallMinutes(t, p.zone);
						return m >= 480 && m <= 1260;
					});
				expect(drill.expected.canCall).toBe(inside(now) ? 'yes' : 'no');
				if (inside(now)) {
					expect(w.first).toBeUndefined();
					continue;
				}
				no++;
				// The first convenient moment, found by trying every whole hour (US offsets are whole hours).
				let t = Math.ceil(now / 3_600_000) * 3_600_000;
				while (!inside(t)) t += 3_600_000;
				expect(w.first!.at).toBe(new Date(t).toISOString());
				const agentThen = wallMinutes(t, w.agent.zone);
				expect(drill.expected.time).toBe(
					`${String(Math.floor(agentThen / 60)).padStart(2, '0')}:${String(agentThen % 60).padStart(2, '0')}`
				);
				expect(drill.expected.day).toBe(
					w.first!.agent.date === w.agent.date ? 'today' : 'tomorrow'
				);
				expect(drill.answerText).toContain(`${clock(agentThen)} ${drill.expected.day}`);
				expect(w.first!.places.some((p) => p.minutes === 480)).toBe(true);
			}
			// The seeds cover both answers and both kinds of location.
			expect(no).toBeGreaterThan(300);
			expect(SEEDS.length - no).toBeGreaterThan(300);
			expect(ambiguous).toBeGreaterThan(400);
		},
		SLOW
	);
});

describe('When is the next allowed call? over 1,000 seeds', () => {
	it(
		're-derives the first allowed date from the log and the stated counts',
		() => {
			const seen = { conversation: 0, busy: 0, window: 0, today: 0 };
			for (const seed of SEEDS) {
				const drill = generateNextCall(seed);
				const w = drill.work;
				endsWithAnswer(drill);
				const counted = w.log.filter((e) => e.debt === 'this' && e.result !== 'busy');
				const talk = w.log.find((e) => e.debt === 'this' && e.result === 'conversation')?.date;
				expect(w.conversation).toBe(talk);
				const byDay: Record<string, number> = {};
				for (const e of counted) byDay[e.date] = (byDay[e.date] ?? 0) + 1;
				expect(w.countedByDay).toEqual(byDay);

				let d = w.today;
				for (;;) {
					const waiting = talk !== undefined && dayGap(talk, d) >= 0 && dayGap(talk, d) <= 6;
					const inWindow = counted.filter(
						(e) => dayGap(e.date, d) >= 0 && dayGap(e.date, d) <= 6
					).length;
					const check = w.checks.find((k) => k.date === d)!;
					expect(check.afterConversation).toBe(waiting);
					if (!waiting) {
						expect(check.count).toBe(inWindow);
						expect(
							drill.working.some((s) => s.text.includes(`hold ${inWindow} counted call`))
						).toBe(true);
					}
					if (!waiting && inWindow < 7) break;
					if (!waiting) seen.window++;
					d = plus(d, 1);
				}
				expect(drill.expected.date).toBe(d);
				expect(w.answer).toBe(d);
				if (talk) seen.conversation++;
				if (w.log.some((e) => e.debt === 'this' && e.result === 'busy')) seen.busy++;
				if (d === w.today) seen.today++;
			}
			expect(seen.conversation).toBeGreaterThan(250);
			expect(seen.busy).toBeGreaterThan(250);
			expect(seen.window).toBeGreaterThan(50);
			expect(seen.today).toBeGreaterThan(50);
		},
		SLOW
	);
});

describe('When does the validation period end? over 1,000 seeds', () => {
	it(
		're-derives the receipt and end dates from the days the working lists',
		() => {
			let holidays = 0;
			for (const seed of SEEDS) {
				const drill = generateValidationPeriod(seed);
				const w = drill.work;
				endsWithAnswer(drill);
				let expectedCount = 0;
				w.days.forEach((day, i) => {
					expect(day.date).toBe(plus(w.provided, i + 1));
					const skip = weekend(day.date) || HOLIDAYS.has(day.date);
					expect(day.count === undefined).toBe(skip);
					if (!skip) expect(day.count).toBe(++expectedCount);
					if (HOLIDAYS.has(day.date) && !weekend(day.date)) holidays++;
				});
				expect(expectedCount).toBe(5);
				expect(drill.expected.receipt).toBe(w.days.at(-1)!.date);
				expect(drill.expected.end).toBe(plus(drill.expected.receipt!, 30));
			}
			expect(holidays).toBeGreaterThan(300);
		},
		SLOW
	);
});

describe('When may you first report to a credit bureau? over 1,000 seeds', () => {
	it(
		're-derives day 14 and the first reporting day from day 1',
		() => {
			let returned = 0;
			for (const seed of SEEDS) {
				const drill = generateCreditReporting(seed);
				const w = drill.work;
				endsWithAnswer(drill);
				expect(w.dayFourteen).toBe(plus(w.dayOne, 13));
				expect(drill.expected.date).toBe(plus(w.dayOne, 14));
				if (w.returned) {
					returned++;
					// The notice came inside the first letter's 14 days, and the new one went out after it.
					expect(dayGap(w.returned.sent, w.returned.noticeOn)).toBeLessThanOrEqual(13);
					expect(dayGap(w.returned.noticeOn, w.dayOne)).toBeGreaterThanOrEqual(0);
				}
			}
			expect(returned).toBeGreaterThan(200);
		},
		SLOW
	);
});

describe('Is this message a limited-content message? over 1,000 seeds', () => {
	it(
		're-derives the verdict from each sentence the working classifies',
		() => {
			let yes = 0;
			for (const seed of SEEDS) {
				const drill = generateLimitedContent(seed);
				const w = drill.work;
				endsWithAnswer(drill);
				expect(drill.quote!.lines).toEqual(w.sentences.map((s) => s.text));
				const given = new Set(w.sentences.flatMap((s) => s.items));
				const missing = Object.keys(REQUIRED).filter((k) => !given.has(k as keyof typeof REQUIRED));
				expect(w.missing).toEqual(missing);
				const limited = missing.length === 0 && !w.sentences.some((s) => s.other);
				expect(drill.expected.limited).toBe(limited ? 'yes' : 'no');
				// Words that give the debt away appear only in messages that are not limited-content.
				const text = drill.quote!.lines.join(' ').toLowerCase();
				if (limited) {
					yes++;
					for (const giveaway of [
						'debt',
						'balance',
						'account',
						'collect',
						'payment',
						'receivables'
					])
						expect(text).not.toContain(giveaway);
				}
			}
			expect(yes).toBeGreaterThan(300);
			expect(SEEDS.length - yes).toBeGreaterThan(300);
		},
		SLOW
	);
});
