import { describe, expect, it } from 'vitest';
import {
	MIN_PER_DOMAIN,
	estimateReadiness,
	missingEvidence,
	passChance,
	readinessFigure,
	readinessFor,
	ReadinessMemo,
	countedRecord
} from './readiness';
import { seededRandom } from './random';

/** The PCS blueprint as content/exams/pcs.yaml has it: 50 questions, pass at 85%. */
const pcs = {
	id: 'pcs',
	questions: 50,
	passPercent: 85,
	domains: { 'fdcpa-regf': 45, fcra: 10, tcpa: 10, negotiation: 20, 'ethics-compliance': 15 }
};
const domains = Object.keys(pcs.domains);

/** A learner who answered `n` questions in every domain and got `accuracy` of them right. */
function learner(accuracy: number, n: number, context = 'exam') {
	const log: { questionId: string; correct: boolean; reviewedAt: string; context: string }[] = [];
	for (const d of domains)
		for (let i = 0; i < n; i++)
			log.push({
				questionId: `${d}:${i}`,
				// Spread the right answers evenly, so any recent window has the same accuracy.
				correct: Math.floor((i + 1) * accuracy) > Math.floor(i * accuracy),
				reviewedAt: new Date(Date.UTC(2026, 2, 1, 0, i)).toISOString(),
				context
			});
	return log;
}
const domainOf = (id: string) => id.split(':')[0];

describe('readiness', () => {
	it('gives no figure without evidence, and says what is missing', () => {
		const none = readinessFor(pcs, [], [], domainOf);
		expect(none.enough).toBe(false);
		expect(none.estimate).toBeUndefined();
		expect(none.raiseMost).toBeUndefined();
		expect(none.short).toEqual(domains.map((domain) => ({ domain, need: MIN_PER_DOMAIN })));
		expect(none.rule).toBe(
			'The estimate needs at least 5 answered questions in every domain of the exam, or one full practice exam of it answered to the end.'
		);
		expect(missingEvidence(none, (d) => d)).toBe(
			'Still needed: 5 answers in each of its 5 domains, or one full practice exam answered to the end.'
		);
		const some = readinessFor(pcs, learner(1, 3).slice(0, 5), [], domainOf);
		expect(missingEvidence(some, (d) => d.toUpperCase())).toBe(
			'Still needed: 2 more in FDCPA-REGF, 3 more in FCRA, 5 more in TCPA, 5 more in NEGOTIATION, 5 more in ETHICS-COMPLIANCE; or one full practice exam answered to the end.'
		);
		// Four answers in every domain is not yet enough; five is.
		expect(readinessFor(pcs, learner(1, 4), [], domainOf).estimate).toBeUndefined();
		expect(readinessFor(pcs, learner(1, 5), [], domainOf).estimate).toBeDefined();
	});

	it('says a learner right 90% of the time in every domain is likely to pass PCS at 85%', () => {
		const r = readinessFor(pcs, learner(0.9, 60), [], domainOf);
		expect(r.answers).toBe(300);
		expect(r.estimate!.probability).toBeGreaterThan(0.65);
		expect(r.estimate!.low).toBeGreaterThan(0.4);
		expect(r.estimate!.high).toBeLessThan(1);
		expect(r.estimate!.low).toBeLessThan(r.estimate!.probability);
		expect(r.estimate!.high).toBeGreaterThan(r.estimate!.probability);
		expect(r.estimate!.expectedPercent).toBeGreaterThan(86);
		expect(r.estimate!.expectedPercent).toBeLessThan(91);
		expect(readinessFigure(r)).toMatch(/^\d{2}% \(80% range \d{2}%–\d{2}%\)$/);
	});

	it('says a learner right 70% of the time is not likely to pass', () => {
		const r = readinessFor(pcs, learner(0.7, 60), [], domainOf);
		expect(r.estimate!.probability).toBeLessThan(0.05);
		expect(r.estimate!.high).toBeLessThan(0.1);
	});

	it('narrows the range as evidence grows, and gives the same figure every time', () => {
		const few = readinessFor(pcs, learner(0.9, 10), [], domainOf).estimate!;
		const many = readinessFor(pcs, learner(0.9, 60), [], domainOf).estimate!;
		expect(many.high - many.low).toBeLessThan(few.high - few.low);
		expect(readinessFor(pcs, learner(0.9, 10), [], domainOf).estimate).toEqual(few);
	});

	it('counts one full practice exam as enough, and not a custom quiz or a half-answered one', () => {
		// A 50-question mock: too few answers in the smaller domains for the per-domain rule.
		const log = learner(0.8, 4);
		const ids = log.map((e) => e.questionId);
		const session = (over: object) => ({
			blueprintId: 'pcs',
			mode: 'timed',
			questionIds: [...ids, ...Array.from({ length: 30 }, (_, i) => `x${i}`)],
			answers: Object.fromEntries(
				[...ids, ...Array.from({ length: 30 }, (_, i) => `x${i}`)].map((id) => [id, {}])
			),
			submittedAt: '2026-03-02T00:00:00Z',
			...over
		});
		expect(readinessFor(pcs, log, [session({})], domainOf).estimate).toBeDefined();
		expect(readinessFor(pcs, log, [session({})], domainOf).fullExams).toBe(1);
		for (const other of [
			session({ mode: 'custom' }),
			session({ blueprintId: 'chc' }),
			session({ submittedAt: undefined }),
			session({ answers: { [ids[0]!]: {} } })
		])
			expect(readinessFor(pcs, log, [other], domainOf).estimate).toBeUndefined();
	});

	it('leaves out crammed answers and keeps the most recent 60 per domain', () => {
		expect(readinessFor(pcs, learner(1, 10, 'cram'), [], domainOf).answers).toBe(0);
		expect(readinessFor(pcs, learner(1, 10, 'review'), [], domainOf).answers).toBe(50);
		expect(readinessFor(pcs, learner(1, 80), [], domainOf).answers).toBe(300);
	});

	it('names the weakest heavily weighted domain as the one that would raise it most', () => {
		const record = Object.fromEntries(domains.map((d) => [d, { correct: 45, total: 50 }]));
		const weakLaw = estimateReadiness(pcs, { ...record, 'fdcpa-regf': { correct: 35, total: 50 } });
		expect(weakLaw.raiseMost).toMatchObject({ domain: 'fdcpa-regf', items: 22 });
		// Weaker still in a small domain, but it carries 5 questions against 22.
		const weakTcpa = estimateReadiness(pcs, {
			...record,
			'fdcpa-regf': { correct: 40, total: 50 },
			tcpa: { correct: 30, total: 50 }
		});
		expect(weakTcpa.raiseMost?.domain).toBe('fdcpa-regf');
	});

	it('computes the exact chance of reaching the bar on a form', () => {
		// 2 questions at 50%: P(both right) = 0.25; 3 questions, need 2 at 50%: 0.5.
		expect(passChance([2], [0.5], 2)).toBeCloseTo(0.25, 10);
		expect(passChance([1, 2], [0.5, 0.5], 2)).toBeCloseTo(0.5, 10);
		expect(passChance([5, 5], [1, 1], 10)).toBeCloseTo(1, 6);
		expect(passChance([3], [0.4], 0)).toBe(1);
		expect(passChance([3], [0.9], 4)).toBe(0);
	});

	it('agrees with the sum over every count of the whole score distribution', () => {
		// The full convolution, kept here as the reference the band-only version must match.
		const reference = (items: number[], ps: number[], needed: number) => {
			let dist = [1];
			items.forEach((k, d) => {
				const pmf = Array.from({ length: k + 1 }, (_, j) => {
					let c = 1;
					for (let t = 0; t < j; t++) c = (c * (k - t)) / (t + 1);
					return c * ps[d]! ** j * (1 - ps[d]!) ** (k - j);
				});
				const out = new Array(dist.length + k).fill(0);
				dist.forEach((di, i) => pmf.forEach((pj, j) => (out[i + j] += di * pj)));
				dist = out;
			});
			return dist.slice(Math.max(0, needed)).reduce((s, x) => s + x, 0);
		};
		const random = seededRandom(11);
		for (let round = 0; round < 200; round++) {
			const items = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
				Math.floor(random() * 30)
			);
			const ps = items.map(() => 0.05 + random() * 0.9);
			const total = items.reduce((s, k) => s + k, 0);
			const needed = Math.floor(random() * (total + 2));
			expect(passChance(items, ps, needed)).toBeCloseTo(reference(items, ps, needed), 10);
		}
	});

	it('remembers an estimate only for the very evidence it was drawn from', () => {
		const record = countedRecord(learner(0.8, 20), domainOf);
		const first = new ReadinessMemo();
		const drawn = first.estimate(pcs, record, 0);
		expect(drawn).toEqual(estimateReadiness(pcs, record, 0));

		// A later visit handed the kept estimates gets the same object back, without drawing.
		const later = new ReadinessMemo(first.used);
		expect(later.estimate(pcs, record, 0)).toBe(drawn);
		expect([...later.used.values()]).toEqual([drawn]);

		// One more answer, an exam finished, or a different pass mark is new evidence.
		const oneMore = countedRecord([...learner(0.8, 20), ...learner(1, 1)], domainOf);
		for (const [blueprint, r, exams] of [
			[pcs, oneMore, 0],
			[pcs, record, 1],
			[{ ...pcs, passPercent: 80 }, record, 0]
		] as const) {
			const fresh = later.estimate(blueprint, r, exams);
			expect(fresh).not.toBe(drawn);
			expect(fresh).toEqual(estimateReadiness(blueprint, r, exams));
		}
	});
});
