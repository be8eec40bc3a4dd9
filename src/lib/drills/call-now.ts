/**
 * "Can you call now?": the consumer's possible locations and the collector's own clock. The
 * answer comes from the dialer's own time check (`checkDial`), run for every place the consumer
 * might be: a call must be convenient in all of them.
 */
import {
	checkDial,
	clock,
	TIME_RULE as TIME,
	WINDOW_END_MINUTES,
	WINDOW_START_MINUTES as OPENS
} from '$lib/calls/dialer';
import { localDate, localParts, offsetMinutes, zonedToInstant } from '$lib/calls/local-time';
import { addDays, daysBetween, nthWeekday, shortDate } from './dates.ts';
import { CONSUMERS, firstName } from './people.ts';
import { Chance, type DrillCase, type WorkingStep } from './types.ts';
import { CITIES, CONFLICTS, OFFICES, SPLIT_STATES, type Place, type Whereabouts } from './zones.ts';

const AMBIGUOUS = 'regf-1006-6-b1-ambiguous-location';

/** One clock reading: a zone's local date and minutes after midnight, and its UTC offset. */
export interface ClockReading {
	zone: string;
	date: string;
	minutes: number;
	/** Minutes ahead of UTC (negative in the Americas). */
	offset: number;
}

export interface PlaceReading extends ClockReading {
	label: string;
	inside: boolean;
}

export interface CallNowWork {
	now: string;
	agent: ClockReading;
	places: PlaceReading[];
	canCall: boolean;
	/** When the answer is no: the first moment convenient everywhere. */
	first?: { at: string; agent: ClockReading; places: PlaceReading[] };
}

export type CallNowCase = DrillCase<CallNowWork>;

export function reading(instant: Date, zone: string): ClockReading {
	const p = localParts(instant, zone);
	return {
		zone,
		date: localDate(instant, zone),
		minutes: p.hour * 60 + p.minute,
		offset: offsetMinutes(instant, zone)
	};
}

function placeReading(instant: Date, place: Place): PlaceReading {
	// The dialer's own check decides whether the time is convenient there.
	const check = checkDial(instant, place.zone, []);
	return { ...reading(instant, place.zone), label: place.label, inside: check.withinHours };
}

const abbrFormats = new Map<string, Intl.DateTimeFormat>();
function zoneAbbr(instant: Date, zone: string): string {
	let format = abbrFormats.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
		abbrFormats.set(zone, format);
	}
	return format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** "Mon, Mar 9, 7:40 a.m. EDT" */
export function showClock(instant: Date, r: ClockReading): string {
	return `${shortDate(r.date)}, ${clock(r.minutes)} ${zoneAbbr(instant, r.zone)}`.trim();
}

const hours = (minutes: number) => {
	const h = Math.abs(minutes) / 60;
	return `${h} hour${h === 1 ? '' : 's'}`;
};

/** The first moment at or after `now` that is inside convenient hours in every place. */
export function firstConvenient(now: Date, places: readonly Place[]): Date {
	const candidates = [now];
	for (const place of places) {
		const today = localDate(now, place.zone);
		for (let k = 0; k <= 2; k++) {
			const opens = zonedToInstant(`${addDays(today, k)}T08:00`, place.zone);
			if (opens > now) candidates.push(opens);
		}
	}
	candidates.sort((a, b) => a.getTime() - b.getTime());
	const fits = candidates.find((at) => places.every((p) => checkDial(at, p.zone, []).withinHours));
	if (!fits) throw new Error('No convenient time in the next two days.');
	return fits;
}

/**
 * The answer for a moment, the collector's zone and the places the consumer might be: whether a
 * call is convenient in all of them now and, if not, the first moment it is.
 */
export function solveCallNow(now: Date, officeZone: string, where: readonly Place[]) {
	const agent = reading(now, officeZone);
	const places = where.map((p) => placeReading(now, p));
	const canCall = places.every((p) => p.inside);
	const expected: Record<string, string> = { canCall: canCall ? 'yes' : 'no' };
	let first: CallNowWork['first'];
	if (!canCall) {
		const at = firstConvenient(now, where);
		const agentThen = reading(at, officeZone);
		first = {
			at: at.toISOString(),
			agent: agentThen,
			places: where.map((p) => placeReading(at, p))
		};
		const days = daysBetween(agent.date, agentThen.date);
		if (days > 1) throw new Error('The first convenient time is more than a day away.');
		expected.day = days === 0 ? 'today' : 'tomorrow';
		expected.time = `${String(Math.floor(agentThen.minutes / 60)).padStart(2, '0')}:${String(agentThen.minutes % 60).padStart(2, '0')}`;
	}
	return { agent, places, canCall, first, expected };
}

function whereabouts(c: Chance, name: string): Whereabouts {
	const roll = c.float();
	if (roll < 0.4) {
		const city = c.pick(CITIES);
		return {
			file: `${name} lives in ${city.city}, ${city.state}, and nothing in the file suggests anywhere else.`,
			why: `${firstName(name)} is in ${city.city}, ${city.state}, on ${city.zoneName}. That one place sets the convenient hours.`,
			places: [{ label: `${city.city}, ${city.state}`, zone: city.zone }],
			ambiguous: false
		};
	}
	if (roll < 0.7) {
		const split = c.pick(SPLIT_STATES);
		return {
			file: `Your file shows that ${name} lives in ${split.state}, but not where in the state: there is no street address yet.`,
			why: `${split.state} has two time zones, and the file does not say which part ${firstName(name)} is in. When the location is unclear, the call must be convenient in every place the consumer might be, so check both parts.`,
			places: split.parts,
			ambiguous: true
		};
	}
	const conflict = c.pick(CONFLICTS);
	return {
		file: `For ${name} the file has ${conflict.file}.`,
		why: `The file points to two places. With conflicting information about the location, the call must be convenient in every place the consumer might be, so check both.`,
		places: [...conflict.places],
		ambiguous: true
	};
}

/** A date in the week daylight saving time starts or ends, or any date of the year. */
function pickDate(c: Chance): string {
	const year = c.pick([2026, 2027, 2028]);
	const roll = c.float();
	if (roll < 0.35) return addDays(nthWeekday(year, 3, 0, 2), c.int(-2, 3));
	if (roll < 0.6) return addDays(nthWeekday(year, 11, 0, 1), c.int(-2, 3));
	return addDays(`${year}-01-01`, c.int(0, 364));
}

export function generateCallNow(seed: number): CallNowCase {
	const c = new Chance(seed);
	const name = c.pick(CONSUMERS);
	const where = whereabouts(c, name);
	const office = c.pick(OFFICES);
	const date = pickDate(c);

	// Put one of the places close to an edge of its convenient hours (never exactly on it).
	const anchor = c.pick(where.places);
	const edge = c.pick([OPENS, WINDOW_END_MINUTES]);
	const delta = c.pick([-1, 1]) * c.int(1, 30) * 5;
	const local = edge + delta;
	const stamp = `${date}T${String(Math.floor(local / 60)).padStart(2, '0')}:${String(local % 60).padStart(2, '0')}`;
	const now = zonedToInstant(stamp, anchor.zone);

	const { agent, places, canCall, first, expected } = solveCallNow(now, office.zone, where.places);

	const working: WorkingStep[] = [{ text: where.why, rules: [where.ambiguous ? AMBIGUOUS : TIME] }];
	for (const p of places) {
		const shift = p.offset - agent.offset;
		const weekAgo =
			offsetMinutes(new Date(now.getTime() - 7 * 86_400_000), p.zone) -
			offsetMinutes(new Date(now.getTime() - 7 * 86_400_000), office.zone);
		const weekOn =
			offsetMinutes(new Date(now.getTime() + 7 * 86_400_000), p.zone) -
			offsetMinutes(new Date(now.getTime() + 7 * 86_400_000), office.zone);
		const gap =
			shift === 0
				? 'the same time as your office'
				: `${hours(shift)} ${shift > 0 ? 'ahead of' : 'behind'} your office`;
		const change =
			weekAgo !== shift || weekOn !== shift
				? ` Clocks change around this date in only some zones (a week ${weekAgo !== shift ? 'earlier' : 'later'} the difference is ${hours(weekAgo !== shift ? weekAgo : weekOn)}), so convert each time with the clocks of its own day, not from habit.`
				: '';
		working.push({
			text: `${p.label} is ${gap} today.${change} It is ${showClock(now, p)} there: ${
				p.inside
					? 'between 8:00 a.m. and 9:00 p.m., a convenient time.'
					: p.minutes < OPENS
						? 'before 8:00 a.m., an inconvenient time.'
						: 'after 9:00 p.m., an inconvenient time.'
			}`,
			rules: [TIME]
		});
	}

	let answerText: string;
	if (!first) {
		answerText =
			places.length > 1
				? 'Yes: it is between 8:00 a.m. and 9:00 p.m. in every place the consumer might be, so you may call now.'
				: 'Yes: it is between 8:00 a.m. and 9:00 p.m. where the consumer is, so you may call now.';
		working.push({ text: answerText, rules: [TIME] });
	} else {
		const at = new Date(first.at);
		const { agent: agentThen, places: placesThen } = first;
		const day = expected.day;
		const last = placesThen.find((p) => p.minutes === OPENS) ?? placesThen[0]!;
		const others = placesThen.filter((p) => p !== last);
		working.push({
			text: `${places.length > 1 ? 'The call must wait until every place is inside the hours. The last place to reach 8:00 a.m. is' : 'The next convenient time is 8:00 a.m. in'} ${last.label}: ${showClock(at, last)}, which is ${showClock(at, agentThen)} on your clock.${
				others.length
					? ` At that moment it is ${others.map((o) => `${clock(o.minutes)} in ${o.label}`).join(' and ')}, also inside the hours.`
					: ''
			}`,
			rules: [TIME]
		});
		answerText = `No. The first allowed time is ${clock(agentThen.minutes)} ${day} (${shortDate(agentThen.date)}) on your clock.`;
		working.push({ text: answerText, rules: [TIME] });
	}

	return {
		type: 'call-now',
		seed,
		situation: [
			`You work in the ${office.city} office. It is ${showClock(now, agent)} on your clock, and ${firstName(name)}'s account is next in your queue.`,
			where.file,
			`No one has told you of any other time that is inconvenient for ${firstName(name)}, and there is no consent to call at other hours.`
		],
		facts: [
			{ label: 'Your clock', value: showClock(now, agent) },
			{ label: 'Your office', value: office.city }
		],
		question: `May you call ${firstName(name)} now? If not, what is the first time you may call, on your own clock?`,
		fields: [
			{
				kind: 'choice',
				name: 'canCall',
				label: 'Can you call now?',
				options: [
					{ value: 'yes', label: 'Yes, call now' },
					{ value: 'no', label: 'No, not yet' }
				]
			},
			{
				kind: 'choice',
				name: 'day',
				label: 'First allowed day (your clock)',
				options: [
					{ value: 'today', label: 'Today' },
					{ value: 'tomorrow', label: 'Tomorrow' }
				],
				when: { field: 'canCall', value: 'no' }
			},
			{
				kind: 'time',
				name: 'time',
				label: 'First allowed time (your clock)',
				when: { field: 'canCall', value: 'no' }
			}
		],
		expected,
		answerText,
		working,
		work: { now: now.toISOString(), agent, places, canCall, first }
	};
}
