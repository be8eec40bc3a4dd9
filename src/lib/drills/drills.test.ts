/** Each drill's engine against cases worked by hand. */
import { describe, expect, it } from 'vitest';
import { solveCallNow } from './call-now.ts';
import { firstReportDay, generateCreditReporting } from './credit-reporting.ts';
import { legalPublicHolidays } from './holidays.ts';
import { generateLimitedContent } from './limited-content.ts';
import { solveNextCall, type LogEntry } from './next-call.ts';
import { isCorrect } from './types.ts';
import { assumedReceipt } from './validation-period.ts';
import { generateDrill } from './generate.ts';
import { DRILL_TYPES, drillCardId, drillTypeOfCard } from './catalog.ts';
import { bestAuditScores, drillStats } from './stats.ts';

const at = (iso: string) => new Date(iso);
const NY = { label: 'Albany, New York', zone: 'America/New_York' };
const HONOLULU = { label: 'Honolulu', zone: 'Pacific/Honolulu' };
const PHOENIX = { label: 'Phoenix', zone: 'America/Phoenix' };
const MIAMI = { label: 'Miami (305)', zone: 'America/New_York' };
const NAVAJO = { label: 'Navajo Nation', zone: 'America/Denver' };
const LA = { label: 'Los Angeles', zone: 'America/Los_Angeles' };

describe('Can you call now?', () => {
	it('follows New York into daylight saving time from a Phoenix office', () => {
		// Fri Mar 6, 2026, 5:30 a.m. in Phoenix (UTC−7) is 7:30 a.m. EST in New York.
		const friday = solveCallNow(at('2026-03-06T12:30:00Z'), 'America/Phoenix', [NY]);
		expect(friday.canCall).toBe(false);
		expect(friday.places[0]!.minutes).toBe(7 * 60 + 30);
		expect(friday.expected).toEqual({ canCall: 'no', day: 'today', time: '06:00' });
		// Mon Mar 9, after New York moved its clocks forward: the same Phoenix time is 8:30 EDT.
		const monday = solveCallNow(at('2026-03-09T12:30:00Z'), 'America/Phoenix', [NY]);
		expect(monday.places[0]!.minutes).toBe(8 * 60 + 30);
		expect(monday.expected).toEqual({ canCall: 'yes' });
	});

	it('counts the six-hour gap to Honolulu on the day New York springs forward', () => {
		// Sun Mar 8, 2026, 7:30 a.m. EDT in New York is 1:30 a.m. in Honolulu.
		const sunday = solveCallNow(at('2026-03-08T11:30:00Z'), 'America/New_York', [HONOLULU]);
		expect(sunday.places[0]!.minutes).toBe(90);
		// 8:00 a.m. HST is 18:00 UTC: 2:00 p.m. EDT (the day before, it was 1:00 p.m. EST).
		expect(sunday.expected).toEqual({ canCall: 'no', day: 'today', time: '14:00' });
		const saturday = solveCallNow(at('2026-03-07T12:30:00Z'), 'America/New_York', [HONOLULU]);
		expect(saturday.expected).toEqual({ canCall: 'no', day: 'today', time: '13:00' });
	});

	it('follows New York back to standard time, calling Phoenix', () => {
		// Sat Oct 31, 2026, 10:30 a.m. EDT is 7:30 a.m. in Phoenix; 8:00 MST is 11:00 EDT.
		const before = solveCallNow(at('2026-10-31T14:30:00Z'), 'America/New_York', [PHOENIX]);
		expect(before.expected).toEqual({ canCall: 'no', day: 'today', time: '11:00' });
		// Mon Nov 2, after the change: 8:00 MST is 10:00 EST.
		const after = solveCallNow(at('2026-11-02T14:30:00Z'), 'America/New_York', [PHOENIX]);
		expect(after.expected).toEqual({ canCall: 'no', day: 'today', time: '10:00' });
	});

	it('needs convenient hours in Miami and Honolulu alike when the file points to both', () => {
		// Jul 15, 2026, 1:30 p.m. in Phoenix: 4:30 p.m. EDT in Miami, 10:30 a.m. in Honolulu.
		expect(
			solveCallNow(at('2026-07-15T20:30:00Z'), 'America/Phoenix', [MIAMI, HONOLULU]).expected
		).toEqual({ canCall: 'yes' });
		// 7:00 a.m. in Phoenix: Miami is open (10:00), Honolulu is not (4:00); wait for 8:00 HST.
		expect(
			solveCallNow(at('2026-07-15T14:00:00Z'), 'America/Phoenix', [MIAMI, HONOLULU]).expected
		).toEqual({ canCall: 'no', day: 'today', time: '11:00' });
		// 6:30 p.m. in Phoenix: 9:30 p.m. in Miami, so tomorrow at 8:00 HST (11:00 in Phoenix).
		const evening = solveCallNow(at('2026-07-16T01:30:00Z'), 'America/Phoenix', [MIAMI, HONOLULU]);
		expect(evening.places.map((p) => p.inside)).toEqual([false, true]);
		expect(evening.expected).toEqual({ canCall: 'no', day: 'tomorrow', time: '11:00' });
	});

	it('gives the CFPB example: Eastern area code, Pacific address, from 11:00 a.m. Eastern', () => {
		const check = solveCallNow(at('2026-05-12T14:30:00Z'), 'America/New_York', [MIAMI, LA]);
		expect(check.expected).toEqual({ canCall: 'no', day: 'today', time: '11:00' });
	});

	it('treats Arizona as two clocks in summer, because the Navajo Nation keeps daylight time', () => {
		// Jul 15, 2026, 7:30 a.m. MST in Phoenix is 8:30 a.m. MDT in the Navajo Nation.
		const morning = solveCallNow(at('2026-07-15T14:30:00Z'), 'America/Phoenix', [PHOENIX, NAVAJO]);
		expect(morning.places.map((p) => p.minutes)).toEqual([450, 510]);
		expect(morning.expected).toEqual({ canCall: 'no', day: 'today', time: '08:00' });
		// 8:10 p.m. MST is 9:10 p.m. MDT: the Navajo Nation has closed; tomorrow 8:00 MST.
		const night = solveCallNow(at('2026-07-16T03:10:00Z'), 'America/Phoenix', [PHOENIX, NAVAJO]);
		expect(night.expected).toEqual({ canCall: 'no', day: 'tomorrow', time: '08:00' });
		// In January both keep the same clock.
		const winter = solveCallNow(at('2026-01-15T14:30:00Z'), 'America/Phoenix', [PHOENIX, NAVAJO]);
		expect(winter.places.map((p) => p.minutes)).toEqual([450, 450]);
	});
});

describe('When is the next allowed call?', () => {
	const zone = 'America/Chicago';
	// Central standard time is UTC−6 in March before the 8th.
	const call = (
		date: string,
		hour: number,
		result: LogEntry['result'],
		debt: LogEntry['debt'] = 'this'
	) => ({
		at: new Date(`${date}T${String(hour + 6).padStart(2, '0')}:00:00Z`).toISOString(),
		date,
		debt,
		result
	});

	it('makes the conversation day day 1 and allows day 8 (the module example)', () => {
		const log = [call('2026-03-02', 10, 'no-answer'), call('2026-03-03', 11, 'conversation')];
		const solved = solveNextCall(log, zone, '2026-03-06');
		expect(solved.answer).toBe('2026-03-10');
		expect(solved.checks.filter((k) => k.afterConversation).map((k) => k.date)).toEqual([
			'2026-03-06',
			'2026-03-07',
			'2026-03-08',
			'2026-03-09'
		]);
	});

	it('blocks the rest of the week after a conversation earlier today', () => {
		const log = [call('2026-03-02', 9, 'conversation')];
		expect(solveNextCall(log, zone, '2026-03-02').answer).toBe('2026-03-09');
	});

	it('rolls the seven-day window forward one day at a time (the module example)', () => {
		// Mon 1, Tue 2, Wed 1, Thu 2, Fri 1: seven calls, nobody answered.
		const log = [
			call('2026-03-02', 9, 'no-answer'),
			call('2026-03-03', 9, 'no-answer'),
			call('2026-03-03', 15, 'voicemail'),
			call('2026-03-04', 9, 'no-answer'),
			call('2026-03-05', 9, 'no-answer'),
			call('2026-03-05', 16, 'voicemail'),
			call('2026-03-06', 9, 'no-answer')
		];
		const solved = solveNextCall(log, zone, '2026-03-07');
		expect(solved.answer).toBe('2026-03-09');
		expect(solved.checks.map((k) => [k.date, k.count, k.ok])).toEqual([
			['2026-03-07', 7, false],
			['2026-03-08', 7, false],
			['2026-03-09', 6, true]
		]);
	});

	it('leaves out busy signals and calls about another debt, even a conversation', () => {
		const log = [
			call('2026-03-02', 9, 'busy'),
			call('2026-03-03', 9, 'no-answer'),
			call('2026-03-03', 15, 'voicemail'),
			call('2026-03-04', 9, 'no-answer'),
			call('2026-03-05', 9, 'no-answer'),
			call('2026-03-05', 16, 'voicemail'),
			call('2026-03-06', 9, 'no-answer'),
			call('2026-03-06', 10, 'conversation', 'other'),
			call('2026-03-06', 11, 'no-answer', 'other')
		];
		const solved = solveNextCall(log, zone, '2026-03-07');
		expect(solved.answer).toBe('2026-03-07');
		expect(solved.checks[0]).toMatchObject({ count: 6, afterConversation: false });
	});
});

describe('When does the validation period end?', () => {
	it('counts five weekdays after mailing (the module examples)', () => {
		expect(assumedReceipt('2026-03-02')).toMatchObject({
			receipt: '2026-03-09',
			end: '2026-04-08'
		});
		const thanksgiving = assumedReceipt('2026-11-20');
		expect(thanksgiving).toMatchObject({ receipt: '2026-11-30', end: '2026-12-30' });
		expect(thanksgiving.days.find((d) => d.date === '2026-11-26')?.skipped).toBe(
			'Thanksgiving Day'
		);
	});

	it('skips a Monday holiday inside the count', () => {
		// Fri Jan 15, 2027; Mon Jan 18 is Martin Luther King, Jr.'s Birthday.
		const count = assumedReceipt('2027-01-15');
		expect(count.days.map((d) => d.count ?? d.skipped)).toEqual([
			'Saturday',
			'Sunday',
			'Birthday of Martin Luther King, Jr.',
			1,
			2,
			3,
			4,
			'Saturday',
			'Sunday',
			5
		]);
		expect(count).toMatchObject({ receipt: '2027-01-25', end: '2027-02-24' });
		// Thu Feb 12, 2026: Washington's Birthday on Mon Feb 16.
		expect(assumedReceipt('2026-02-12')).toMatchObject({
			receipt: '2026-02-20',
			end: '2026-03-22'
		});
	});

	it('lists the holidays of 5 U.S.C. 6103(a) on their own dates', () => {
		expect(legalPublicHolidays(2026).map((h) => h.date)).toEqual([
			'2026-01-01',
			'2026-01-19',
			'2026-02-16',
			'2026-05-25',
			'2026-06-19',
			'2026-07-04',
			'2026-09-07',
			'2026-10-12',
			'2026-11-11',
			'2026-11-26',
			'2026-12-25'
		]);
		expect(legalPublicHolidays(2027).map((h) => h.date)).toEqual([
			'2027-01-01',
			'2027-01-18',
			'2027-02-15',
			'2027-05-31',
			'2027-06-19',
			'2027-07-04',
			'2027-09-06',
			'2027-10-11',
			'2027-11-11',
			'2027-11-25',
			'2027-12-25'
		]);
	});
});

describe('When may you first report to a credit bureau?', () => {
	it('makes the mailing day day 1 and allows reporting after day 14 (module and commentary)', () => {
		// The module: mailed Mon Mar 2, 2026; day 14 is Sun Mar 15; report from Mon Mar 16.
		expect(firstReportDay('2026-03-02')).toEqual({
			dayFourteen: '2026-03-15',
			first: '2026-03-16'
		});
		// Comment 30(a)(1)-3.ii: a new notice mailed May 11, monitored May 11 to May 24.
		expect(firstReportDay('2026-05-11').dayFourteen).toBe('2026-05-24');
	});

	it('restarts the wait from a new letter after an undeliverable notice', () => {
		const returned = Array.from({ length: 400 }, (_, s) => generateCreditReporting(s)).find(
			(c) => c.work.returned
		)!;
		expect(returned.work.dayOne >= returned.work.returned!.noticeOn).toBe(true);
		expect(returned.expected.date).toBe(firstReportDay(returned.work.dayOne).first);
	});
});

describe('Is this message a limited-content message?', () => {
	const cases = Array.from({ length: 400 }, (_, s) => generateLimitedContent(s));

	it('says yes only with all four required items and nothing else', () => {
		const yes = cases.find((c) => c.expected.limited === 'yes')!;
		expect(yes.work.missing).toEqual([]);
		expect(yes.work.sentences.some((s) => s.other)).toBe(false);
	});

	it('says no when the message names the creditor, says it is from a debt collector, or lacks a phone number', () => {
		const said = (c: (typeof cases)[number]) => c.quote!.lines.join(' ');
		const creditor = cases.find((c) => said(c).includes('your account with'))!;
		expect(creditor.expected.limited).toBe('no');
		const collector = cases.find((c) => said(c).includes('from a debt collector'))!;
		expect(collector.expected.limited).toBe('no');
		const noPhone = cases.find((c) => said(c).includes('back when you can'))!;
		expect(noPhone.work.missing).toEqual(['phone']);
		expect(noPhone.expected.limited).toBe('no');
	});
});

describe('every drill type', () => {
	it('builds the same case from the same seed, and grades the computed answer right', () => {
		for (const type of DRILL_TYPES) {
			const a = generateDrill(type, 12345);
			expect(generateDrill(type, 12345)).toEqual(a);
			expect(isCorrect(a, a.expected)).toBe(true);
			const wrong = Object.fromEntries(Object.keys(a.expected).map((k) => [k, 'nonsense']));
			expect(isCorrect(a, wrong)).toBe(false);
		}
	});

	it('keys a review card by drill type', () => {
		expect(drillTypeOfCard(drillCardId('next-call'))).toBe('next-call');
		expect(drillTypeOfCard('call-frequency-1')).toBeUndefined();
		expect(drillTypeOfCard('drill:unknown')).toBeUndefined();
	});
});

describe('drill statistics', () => {
	it('counts accuracy and streaks per type, the newest answers last', () => {
		const at = (n: number) => `2026-03-0${n}T10:00:00.000Z`;
		const stats = drillStats([
			{ type: 'next-call', correct: true, answeredAt: at(1) },
			{ type: 'next-call', correct: true, answeredAt: at(2) },
			{ type: 'call-now', correct: false, answeredAt: at(3) },
			{ type: 'next-call', correct: true, answeredAt: at(5) },
			{ type: 'next-call', correct: false, answeredAt: at(4) }
		]);
		expect(stats).toMatchObject({ answered: 5, correct: 3, streak: 1, best: 2 });
		expect(stats.byType.find((t) => t.type === 'next-call')).toMatchObject({
			answered: 4,
			correct: 3,
			streak: 1,
			best: 2
		});
		expect(stats.byType.find((t) => t.type === 'limited-content')).toMatchObject({ answered: 0 });
	});

	it('keeps the best score of each audit', () => {
		const best = bestAuditScores([
			{ auditId: 'a', result: { score: 50 } },
			{ auditId: 'a', result: { score: 80 } },
			{ auditId: 'b', result: { score: 20 } }
		]);
		expect([...best]).toEqual([
			['a', 80],
			['b', 20]
		]);
	});
});
