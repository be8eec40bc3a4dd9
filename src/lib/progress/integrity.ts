/**
 * Whether a stored record can be used, beyond its shape: an index inside its list, an option
 * order that is a real ordering, a time the browser can read, a review card the scheduler can
 * grade. The same checks guard an import and every screen that opens stored records, because
 * records can also reach the database from an older version of the app or a hand edit.
 *
 * Each check returns plain words saying what is wrong, or undefined when the record is usable.
 * They never throw, whatever they are given.
 */
import { isCalendarDay } from '$lib/dates';
import type { StoredCard } from '$lib/review/scheduler';
import type { CallRun, ExamSession, ReviewCard } from './records';

/**
 * A timestamp every browser reads the same way: `2026-11-20T10:00:00.000Z` or with an offset
 * such as `+05:00`. `Date` cannot read `+05` alone, and Safari cannot read a space for the T.
 */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isReadableTime(value: unknown): value is string {
	return typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isAmount = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0;
const quoted = (value: unknown) => {
	const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	return `“${text.length > 40 ? `${text.slice(0, 37)}...` : text}”`;
};
const unreadable = (what: string, value: unknown) =>
	value === undefined
		? `its ${what} is missing`
		: `its ${what} ${quoted(value)} is not a date and time this browser can read`;

/** An order of n options: each of 0..n-1 exactly once, and at least one. */
function isOrdering(order: unknown): order is number[] {
	return (
		Array.isArray(order) &&
		order.length > 0 &&
		order.every((o) => isCount(o) && o < order.length) &&
		new Set(order).size === order.length
	);
}

/**
 * What is wrong with an exam session, if anything. With the question bank, the session's
 * questions must also still be in it, with as many options as the session orders.
 */
export function examSessionProblem(
	session: ExamSession,
	bank?: { questions: readonly { id: string; options: readonly unknown[] }[] }
): string | undefined {
	const s = session as unknown as Record<string, unknown>;
	if (!isObject(s)) return 'it is not a group of fields';
	const ids = s.questionIds;
	if (!Array.isArray(ids) || !ids.length || !ids.every((id) => typeof id === 'string'))
		return 'it lists no questions';
	if (new Set(ids).size !== ids.length) return 'it lists the same question twice';
	const orders = s.optionOrders;
	if (!Array.isArray(orders) || orders.length !== ids.length)
		return `it lists ${ids.length} questions but ${Array.isArray(orders) ? orders.length : 'no'} option orders`;
	const badOrder = orders.findIndex((o) => !isOrdering(o));
	if (badOrder >= 0)
		return (orders[badOrder] as unknown[])?.length === 0
			? `question ${badOrder + 1} has no options to show`
			: `the options of question ${badOrder + 1} are not in a usable order`;
	const position = new Map((ids as string[]).map((id, i) => [id, i]));
	const count = (id: string) => (orders[position.get(id)!] as number[]).length;
	if (!isCount(s.current)) return `its current question ${quoted(s.current)} is not a position`;
	if (s.current >= ids.length) return `its current question is ${s.current + 1} of ${ids.length}`;

	if (!isObject(s.answers)) return 'its answers are missing';
	for (const [id, answer] of Object.entries(s.answers)) {
		if (!position.has(id)) return `it has an answer to a question it does not list (${quoted(id)})`;
		if (!isObject(answer)) return 'one of its answers is not a group of fields';
		if (!isCount(answer.option) || answer.option >= count(id))
			return `the answer to question ${position.get(id)! + 1} is an option the question does not have`;
		if (!isReadableTime(answer.answeredAt))
			return unreadable(`answer time for question ${position.get(id)! + 1}`, answer.answeredAt);
		if (!isAmount(answer.seconds)) return 'the time spent on one of its answers is not a number';
	}
	if (!Array.isArray(s.flags) || !s.flags.every((id) => position.has(id as string)))
		return 'it flags a question it does not list';
	if (!isObject(s.eliminated)) return 'its struck-out options are missing';
	for (const [id, struck] of Object.entries(s.eliminated)) {
		if (!position.has(id)) return 'it strikes out options of a question it does not list';
		if (!Array.isArray(struck) || !struck.every((o) => isCount(o) && o < count(id)))
			return `it strikes out an option question ${position.get(id)! + 1} does not have`;
	}

	if (!isReadableTime(s.startedAt)) return unreadable('start time', s.startedAt);
	if (s.deadline !== undefined) {
		if (!isReadableTime(s.deadline)) return unreadable('end time', s.deadline);
		if (Date.parse(s.deadline) <= Date.parse(s.startedAt)) return 'it ends before it starts';
	}
	if (s.submittedAt !== undefined && !isReadableTime(s.submittedAt))
		return unreadable('submission time', s.submittedAt);
	if ((s.submittedAt === undefined) !== (s.result === undefined))
		return s.result === undefined
			? 'it was submitted but has no result'
			: 'it has a result but was never submitted';
	if (s.result !== undefined) {
		const r = s.result;
		if (
			!isObject(r) ||
			!isCount(r.correct) ||
			!isCount(r.total) ||
			r.correct > r.total ||
			!isAmount(r.percent) ||
			!isAmount(r.passPercent) ||
			!isAmount(r.secondsUsed) ||
			!isObject(r.byDomain)
		)
			return 'its result does not add up';
	}

	if (bank) {
		const byId = new Map(bank.questions.map((q) => [q.id, q]));
		for (const [i, id] of (ids as string[]).entries()) {
			const question = byId.get(id);
			if (!question)
				return `question ${i + 1} (${quoted(id)}) is no longer in this version's question bank`;
			if (question.options.length !== (orders[i] as number[]).length)
				return `question ${i + 1} now has ${question.options.length} options, not ${(orders[i] as number[]).length}`;
		}
	}
	return undefined;
}

/** The largest interval the scheduler gives, in days (100 years). */
const MAX_STABILITY = 36_500;

/**
 * What is wrong with a review card's scheduling state, if anything: the ranges ts-fsrs can grade.
 * A card never reviewed has stability and difficulty 0; after a review, stability is at least
 * 0.001 day and difficulty between 1 and 10. A last review in the future (a clock put right
 * since) is not a fault here: the scheduler treats it as now.
 */
export function storedCardProblem(card: StoredCard): string | undefined {
	const c = card as unknown as Record<string, unknown>;
	if (!isObject(c)) return 'its schedule is missing';
	if (!isReadableTime(c.due)) return unreadable('due time', c.due);
	if (c.last_review !== undefined && !isReadableTime(c.last_review))
		return unreadable('last review time', c.last_review);
	if (!isCount(c.state) || c.state > 3) return `its learning state ${quoted(c.state)} is unknown`;
	const { stability: s, difficulty: d } = c;
	if (typeof s !== 'number' || typeof d !== 'number' || !Number.isFinite(s) || !Number.isFinite(d))
		return 'its stability or difficulty is not a number';
	// 0 and 0 is a card the scheduler treats as never reviewed.
	if (s !== 0 || d !== 0) {
		if (s < 0.001 || s > MAX_STABILITY)
			return `its stability ${s} is outside 0.001 to ${MAX_STABILITY} days`;
		if (d < 1 || d > 10) return `its difficulty ${d} is outside 1 to 10`;
	}
	if (!isAmount(c.elapsed_days) || !isAmount(c.scheduled_days))
		return 'its days since review or days scheduled are not a number of days';
	if (c.learning_steps !== undefined && !isCount(c.learning_steps))
		return 'its learning step is not a whole number';
	if (!isCount(c.reps) || !isCount(c.lapses)) return 'its review counts are not whole numbers';
	return undefined;
}

/** A review card: its schedule, and the due time the deck is sorted by. */
export function reviewCardProblem(card: ReviewCard): string | undefined {
	const c = card as unknown as Record<string, unknown>;
	if (!isObject(c)) return 'it is not a group of fields';
	if (!isReadableTime(c.due)) return unreadable('due time', c.due);
	if (!isReadableTime(c.createdAt)) return unreadable('creation time', c.createdAt);
	return storedCardProblem(c.fsrs as StoredCard);
}

/** What is wrong with a call run, if anything. */
export function callRunProblem(run: CallRun): string | undefined {
	const r = run as unknown as Record<string, unknown>;
	if (!isObject(r)) return 'it is not a group of fields';
	if (!isReadableTime(r.startedAt)) return unreadable('start time', r.startedAt);
	for (const [field, words] of [
		['dialedAt', 'dial time'],
		['connectedAt', 'connection time'],
		['finishedAt', 'finish time']
	] as const)
		if (r[field] !== undefined && !isReadableTime(r[field])) return unreadable(words, r[field]);
	if (!Array.isArray(r.steps)) return 'its steps are missing';
	for (const [i, step] of r.steps.entries()) {
		if (!isObject(step) || typeof step.node !== 'string') return `step ${i + 1} is damaged`;
		if (step.at !== '' && !isReadableTime(step.at))
			return unreadable(`time of step ${i + 1}`, step.at);
		if (step.kind === 'choice' && !isCount(step.choice)) return `step ${i + 1} has no choice`;
		if (step.kind === 'input' && typeof step.text !== 'string') return `step ${i + 1} has no text`;
		if (step.kind === 'plan') {
			const offer = step.offer;
			if (!isObject(offer) || typeof offer.firstPaymentOn !== 'string')
				return `the payment plan in step ${i + 1} is damaged`;
			if (!isCalendarDay(offer.firstPaymentOn))
				return `the first payment date ${quoted(offer.firstPaymentOn)} in step ${i + 1} is not a real day`;
			if (offer.amount !== undefined && !isAmount(offer.amount))
				return `the amount in step ${i + 1} is not a number`;
		}
		if (!['choice', 'input', 'plan'].includes(step.kind as string))
			return `step ${i + 1} is of an unknown kind`;
	}
	return undefined;
}

/** An onboarding plan's start day. */
export function startDayProblem(day: unknown): string | undefined {
	return typeof day === 'string' && isCalendarDay(day)
		? undefined
		: `its start day ${quoted(day)} is not a real day`;
}
