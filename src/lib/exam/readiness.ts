/**
 * Readiness: the estimated chance of passing a fresh form of a blueprint, with an 80% range, the
 * evidence it rests on and the domain that would raise it most. No figure until there is enough
 * evidence (see READINESS_RULE). The exam page and the progress pages all call `readinessFor`.
 *
 * The model: each domain's accuracy is uncertain, a Beta posterior from a flat prior (Beta(1, 1))
 * and the learner's most recent answers in it. A draw of every domain's accuracy gives the exact
 * chance of reaching the pass mark on a form of the blueprint's size and domain counts (the score
 * is a sum of binomials). Averaging over seeded draws gives the chance; the 10th and 90th
 * percentiles of the per-draw chances give the 80% range, which narrows as evidence grows.
 */
import { apportion } from './draw.ts';
import { domainRecord } from './history.ts';
import { hash, seededRandom } from './random.ts';
import type { Blueprint } from './types.ts';

export interface DomainRecord {
	correct: number;
	total: number;
}

/** Answers needed in every domain of the blueprint, unless a full practice exam was answered. */
export const MIN_PER_DOMAIN = 5;
/** Only the most recent answers in each domain count. */
export const RECENT_PER_DOMAIN = 60;
/** Posterior draws behind each estimate. */
export const DRAWS = 1000;

export const READINESS_RULE = `The estimate needs at least ${MIN_PER_DOMAIN} answered questions in every domain of the exam, or one full practice exam of it answered to the end.`;

/** Answers from these activities count; cramming (answers logged without review) does not. */
export const COUNTED: ReadonlySet<string> = new Set(['exam', 'tutor', 'custom', 'review']);

export interface ReadinessDomain {
	domain: string;
	/** Questions from this domain on a form. */
	items: number;
	correct: number;
	total: number;
}

export interface Readiness {
	/** The evidence rule, stated for the learner. */
	rule: string;
	enough: boolean;
	domains: ReadinessDomain[];
	/** Answers the estimate rests on (the most recent, up to RECENT_PER_DOMAIN per domain). */
	answers: number;
	/** Practice exams of this blueprint answered to the end and submitted. */
	fullExams: number;
	/** Domains short of the minimum, with how many more answers each needs. */
	short: { domain: string; need: number }[];
	/** Present only when there is enough evidence. */
	estimate?: {
		/** Chance of passing a fresh form, 0 to 1. */
		probability: number;
		/** The 80% range of that chance. */
		low: number;
		high: number;
		/** Expected score on a fresh form, in percent. */
		expectedPercent: number;
	};
	/**
	 * Where improvement raises the chance most: the domain with the most expected points lost on a
	 * form (questions on the form times the estimated share missed). `accuracy` is the learner's
	 * share right in it.
	 */
	raiseMost?: { domain: string; items: number; accuracy: number };
}

type BlueprintFacts = Pick<Blueprint, 'id' | 'questions' | 'domains' | 'passPercent'>;

/** The estimate from per-domain records; `fullExams` counts full practice exams submitted. */
export function estimateReadiness(
	blueprint: BlueprintFacts,
	record: Readonly<Record<string, DomainRecord>>,
	fullExams = 0,
	draws = DRAWS
): Readiness {
	const counts = apportion(blueprint.questions, blueprint.domains);
	const domains: ReadinessDomain[] = Object.entries(counts).map(([domain, items]) => ({
		domain,
		items,
		correct: record[domain]?.correct ?? 0,
		total: record[domain]?.total ?? 0
	}));
	const short = domains
		.filter((d) => d.total < MIN_PER_DOMAIN)
		.map((d) => ({ domain: d.domain, need: MIN_PER_DOMAIN - d.total }));
	const enough = short.length === 0 || fullExams > 0;
	const base: Readiness = {
		rule: READINESS_RULE,
		enough,
		domains,
		answers: domains.reduce((s, d) => s + d.total, 0),
		fullExams,
		short
	};
	if (!enough) return base;

	const n = blueprint.questions;
	const needed = Math.ceil((blueprint.passPercent / 100) * n - 1e-9);
	const posterior = domains.map((d) => ({ a: d.correct + 1, b: d.total - d.correct + 1 }));
	const random = seededRandom(hash(blueprint.id));
	const normal = normalFrom(random);
	const chances: number[] = [];
	let expected = 0;
	for (let i = 0; i < draws; i++) {
		const ps = posterior.map(({ a, b }) => beta(a, b, random, normal));
		chances.push(
			passChance(
				domains.map((d) => d.items),
				ps,
				needed
			)
		);
		expected += domains.reduce((s, d, k) => s + d.items * ps[k]!, 0);
	}
	const sorted = [...chances].sort((x, y) => x - y);
	const lost = domains.map((d, k) => {
		const { a, b } = posterior[k]!;
		return {
			domain: d.domain,
			items: d.items,
			accuracy: a / (a + b),
			loss: d.items * (b / (a + b))
		};
	});
	const worst = lost.reduce((w, d) => (d.loss > w.loss ? d : w));
	return {
		...base,
		estimate: {
			probability: chances.reduce((s, c) => s + c, 0) / draws,
			low: quantile(sorted, 0.1),
			high: quantile(sorted, 0.9),
			expectedPercent: (expected / draws / n) * 100
		},
		raiseMost: { domain: worst.domain, items: worst.items, accuracy: worst.accuracy }
	};
}

/** What readiness needs to know of a practice exam taken: not its questions, only how far it went. */
export interface ExamTaken {
	blueprintId: string;
	mode: string;
	submittedAt?: string;
	/** Questions on the form. */
	questions: number;
	/** Whether every question on the form was answered. */
	answeredAll: boolean;
}

/** The parts of a stored exam session that say how far it went. */
interface StoredExam {
	blueprintId: string;
	mode: string;
	questionIds: readonly string[];
	answers: Readonly<Record<string, unknown>>;
	submittedAt?: string;
}

export function examTaken(s: StoredExam): ExamTaken {
	return {
		blueprintId: s.blueprintId,
		mode: s.mode,
		submittedAt: s.submittedAt,
		questions: s.questionIds.length,
		answeredAll: s.questionIds.every((id) => id in s.answers)
	};
}

/** Full practice exams of the blueprint: submitted, every question of a full-size form answered. */
export function fullExamsOf(blueprint: BlueprintFacts, sessions: readonly ExamTaken[]): number {
	return sessions.filter(
		(s) =>
			s.blueprintId === blueprint.id &&
			s.mode !== 'custom' &&
			s.submittedAt !== undefined &&
			s.questions === blueprint.questions &&
			s.answeredAll
	).length;
}

/** Per-domain record of the answers that count for readiness: the most recent, not crammed. */
export function countedRecord(
	log: readonly { questionId: string; correct: boolean; reviewedAt: string; context: string }[],
	domainOf: (questionId: string) => string | undefined
): Record<string, DomainRecord> {
	return domainRecord(
		log.filter((e) => COUNTED.has(e.context)),
		domainOf,
		RECENT_PER_DOMAIN
	);
}

/** Everything a page needs: the answer log and exam sessions of one profile, for one blueprint. */
export function readinessFor(
	blueprint: BlueprintFacts,
	log: readonly { questionId: string; correct: boolean; reviewedAt: string; context: string }[],
	sessions: readonly StoredExam[],
	domainOf: (questionId: string) => string | undefined
): Readiness {
	return estimateReadiness(
		blueprint,
		countedRecord(log, domainOf),
		fullExamsOf(blueprint, sessions.map(examTaken))
	);
}

/**
 * Estimates remembered by everything they are drawn from. The draws are seeded, so the same
 * blueprint, evidence and exam count always give the same estimate: one kept from an earlier visit
 * is as good as a new one, and a thousand draws per exam are skipped. Keys name the inputs, so a
 * remembered estimate can never stand for different evidence; a new build of the app starts afresh
 * (the caller's concern), in case the model itself changed.
 */
export class ReadinessMemo {
	/** The estimates asked for this time, to keep for the next. */
	readonly used = new Map<string, Readiness>();

	constructor(private readonly known: ReadonlyMap<string, Readiness> = new Map()) {}

	estimate(
		blueprint: BlueprintFacts,
		record: Readonly<Record<string, DomainRecord>>,
		fullExams: number
	): Readiness {
		const evidence = Object.keys(blueprint.domains).map((d) => [
			d,
			record[d]?.correct ?? 0,
			record[d]?.total ?? 0
		]);
		const key = JSON.stringify([
			blueprint.id,
			blueprint.questions,
			blueprint.passPercent,
			blueprint.domains,
			evidence,
			fullExams,
			DRAWS
		]);
		const readiness =
			this.used.get(key) ?? this.known.get(key) ?? estimateReadiness(blueprint, record, fullExams);
		this.used.set(key, readiness);
		return readiness;
	}
}

/**
 * The chance that a sum of binomials (items[k] questions at accuracy ps[k]) reaches `needed`.
 * Only the counts that still matter are kept: a count that cannot reach the bar with every
 * remaining question right is dropped, and every count at or past the bar is one cell. The
 * dashboard asks this a thousand times per exam, and the band between is a fifth of the form.
 */
export function passChance(
	items: readonly number[],
	ps: readonly number[],
	needed: number
): number {
	let remaining = items.reduce((s, k) => s + k, 0);
	if (needed <= 0) return 1;
	if (needed > remaining) return 0;
	let dist = new Float64Array(needed + 1);
	let next = new Float64Array(needed + 1);
	const pmf = new Float64Array(Math.max(...items, 0) + 1);
	dist[0] = 1;
	let lo = 0;
	let hi = 0;
	items.forEach((k, d) => {
		binomialPmf(k, Math.min(Math.max(ps[d]!, 1e-12), 1 - 1e-12), pmf);
		remaining -= k;
		const nextLo = Math.max(0, needed - remaining);
		const nextHi = Math.min(needed, hi + k);
		next.fill(0, nextLo, nextHi + 1);
		for (let i = lo; i <= hi; i++) {
			const di = dist[i]!;
			if (i === needed) {
				next[needed]! += di;
				continue;
			}
			for (let j = Math.max(0, nextLo - i); j <= k; j++)
				next[Math.min(i + j, needed)]! += di * pmf[j]!;
		}
		[dist, next] = [next, dist];
		lo = nextLo;
		hi = nextHi;
	});
	return Math.min(1, Math.max(0, dist[needed]!));
}

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
	for (let i = logFactorials.length; i <= n; i++)
		logFactorials[i] = logFactorials[i - 1]! + Math.log(i);
	return logFactorials[n]!;
}

/** The binomial probabilities of 0..k successes, written into `out`. */
function binomialPmf(k: number, p: number, out: Float64Array): void {
	const lp = Math.log(p);
	const lq = Math.log(1 - p);
	const lk = logFactorial(k);
	for (let j = 0; j <= k; j++)
		out[j] = Math.exp(lk - logFactorial(j) - logFactorial(k - j) + j * lp + (k - j) * lq);
}

/** Standard normal draws from a uniform generator (Box–Muller). */
function normalFrom(random: () => number): () => number {
	let spare: number | undefined;
	return () => {
		if (spare !== undefined) {
			const s = spare;
			spare = undefined;
			return s;
		}
		const u = random() || Number.MIN_VALUE;
		const v = random();
		const r = Math.sqrt(-2 * Math.log(u));
		spare = r * Math.sin(2 * Math.PI * v);
		return r * Math.cos(2 * Math.PI * v);
	};
}

/** A Gamma(shape, 1) draw (Marsaglia and Tsang); shape ≥ 1 here, as the prior adds 1. */
function gamma(shape: number, random: () => number, normal: () => number): number {
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		let x: number;
		let v: number;
		do {
			x = normal();
			v = 1 + c * x;
		} while (v <= 0);
		v = v * v * v;
		const u = random();
		if (u < 1 - 0.0331 * x ** 4) return d * v;
		if (Math.log(u || Number.MIN_VALUE) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
	}
}

function beta(a: number, b: number, random: () => number, normal: () => number): number {
	const x = gamma(a, random, normal);
	const y = gamma(b, random, normal);
	return x / (x + y);
}

function quantile(sorted: readonly number[], q: number): number {
	const at = (sorted.length - 1) * q;
	const lo = Math.floor(at);
	const hi = Math.ceil(at);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** A chance as the pages write it: 62%, or <1% and >99% at the ends. */
export function chanceText(x: number): string {
	if (x < 0.005) return '<1%';
	if (x > 0.995) return '>99%';
	return `${Math.round(x * 100)}%`;
}

/** The figure every page shows: "62% (80% range 41%–79%)", or undefined without enough evidence. */
export function readinessFigure(r: Readiness): string | undefined {
	const e = r.estimate;
	return e
		? `${chanceText(e.probability)} (80% range ${chanceText(e.low)}–${chanceText(e.high)})`
		: undefined;
}

/** What is still missing before there is a figure, in one sentence. */
export function missingEvidence(r: Readiness, title: (domain: string) => string): string {
	const alt = 'or one full practice exam answered to the end';
	if (r.short.length === r.domains.length && r.short.every((x) => x.need === MIN_PER_DOMAIN))
		return `Still needed: ${MIN_PER_DOMAIN} answers in each of its ${r.domains.length} domains, ${alt}.`;
	const parts = r.short.map((x) => `${x.need} more in ${title(x.domain)}`);
	return `Still needed: ${parts.join(', ')}; ${alt}.`;
}
