/** The shape every drill generator returns, and the seeded chance helpers they share. */
import { seededRandom } from '$lib/exam/random';
import type { DrillType } from './catalog.ts';

/** One line of the worked answer, with the rules (registry ids) it applies. */
export interface WorkingStep {
	text: string;
	rules: string[];
}

interface FieldBase {
	name: string;
	label: string;
	/** Asked only when another field has this value (a time is asked only if the answer is "no"). */
	when?: { field: string; value: string };
}

export type AnswerField =
	| (FieldBase & { kind: 'choice'; options: { value: string; label: string }[] })
	| (FieldBase & { kind: 'date' })
	| (FieldBase & { kind: 'time' });

/** A learner's answer or the computed one: field name → value (dates YYYY-MM-DD, times HH:MM). */
export type DrillAnswer = Record<string, string>;

export interface DrillCase<W = unknown> {
	type: DrillType;
	seed: number;
	/** The situation, paragraph by paragraph. */
	situation: string[];
	/** Short facts shown as a list (label: value). */
	facts: { label: string; value: string }[];
	/** A call log or other records. */
	table?: { caption: string; head: string[]; rows: string[][] };
	/** Words quoted as they were said or written, line by line (a voicemail). */
	quote?: { label: string; lines: string[] };
	question: string;
	fields: AnswerField[];
	/** The computed answer: never stored, always derived from the seed. */
	expected: DrillAnswer;
	/** The answer in words, the last line of the working. */
	answerText: string;
	/** The worked answer, step by step, each step citing its rules. */
	working: WorkingStep[];
	/** The figures the working was written from, for tests that re-derive the answer. */
	work: W;
}

/** The fields that apply to an answer (a field with `when` applies only if that condition holds). */
export function applicableFields(fields: readonly AnswerField[], answer: DrillAnswer) {
	return fields.filter((f) => !f.when || answer[f.when.field] === f.when.value);
}

/** Right when every field that applies to the computed answer matches it. */
export function isCorrect(drill: Pick<DrillCase, 'fields' | 'expected'>, given: DrillAnswer) {
	return applicableFields(drill.fields, drill.expected).every(
		(f) => (given[f.name] ?? '').trim() === drill.expected[f.name]
	);
}

/** Seeded choices: the same seed always builds the same case. */
export class Chance {
	readonly #next: () => number;
	constructor(seed: number) {
		this.#next = seededRandom(seed);
	}
	/** A number in [0, 1). */
	float(): number {
		return this.#next();
	}
	/** A whole number from min to max, both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.#next() * (max - min + 1));
	}
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.#next() * items.length)]!;
	}
	chance(p: number): boolean {
		return this.#next() < p;
	}
}

/** The n-th variant of a seed, for a generator that must retry a case it will not use. */
export const reseed = (seed: number, n: number) =>
	(Math.imul(seed ^ 0x9e3779b9, n + 1) >>> 0) % 2 ** 31;
