import { apportion } from './draw';
import type { Blueprint } from './types';

export interface DomainRecord {
	correct: number;
	total: number;
}

export interface Readiness {
	/** Estimated chance of passing a fresh form, 0 to 1. */
	probability: number;
	/** Expected score on a fresh form, in percent. */
	expectedPercent: number;
	/** The domain to study first: where the most points are being lost against the bar. */
	studyFirst?: string;
	/** How many answers the estimate rests on. */
	answers: number;
	/** Domains of the blueprint with no answers yet. */
	unseenDomains: string[];
}

/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26). */
function normalCdf(z: number): number {
	const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
	const poly =
		t *
		(0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	const erf = 1 - poly * Math.exp(-(z * z) / 2);
	return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * The chance of passing a fresh form of the blueprint, from the learner's record in each domain.
 * Each domain's accuracy is uncertain (a Beta posterior from a flat prior), so few answers give a
 * cautious estimate; the score on a form is then beta-binomial per domain, approximated as normal.
 */
export function estimateReadiness(
	blueprint: Pick<Blueprint, 'questions' | 'domains' | 'passPercent'>,
	record: Readonly<Record<string, DomainRecord>>
): Readiness {
	const counts = apportion(blueprint.questions, blueprint.domains);
	const n = blueprint.questions;
	const needed = Math.ceil((blueprint.passPercent / 100) * n - 1e-9);
	let mean = 0;
	let variance = 0;
	let answers = 0;
	const unseenDomains: string[] = [];
	let studyFirst: string | undefined;
	let worstLoss = -Infinity;

	for (const [domain, k] of Object.entries(counts)) {
		const r = record[domain] ?? { correct: 0, total: 0 };
		if (!r.total) unseenDomains.push(domain);
		answers += r.total;
		const a = r.correct + 1;
		const b = r.total - r.correct + 1;
		const p = a / (a + b);
		const pVar = (a * b) / ((a + b) ** 2 * (a + b + 1));
		mean += k * p;
		variance += k * p * (1 - p) + k * (k - 1) * pVar;
		const loss = k * (blueprint.passPercent / 100 - p);
		if (loss > worstLoss) {
			worstLoss = loss;
			studyFirst = domain;
		}
	}
	const sd = Math.sqrt(Math.max(variance, 1e-9));
	const probability = 1 - normalCdf((needed - 0.5 - mean) / sd);
	return {
		probability: Math.min(1, Math.max(0, probability)),
		expectedPercent: (mean / n) * 100,
		studyFirst: worstLoss > 0 ? studyFirst : undefined,
		answers,
		unseenDomains
	};
}
