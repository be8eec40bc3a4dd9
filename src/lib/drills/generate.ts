/** One entry point for every drill type: a fresh case from a seed, its answer computed. */
import type { DrillType } from './catalog.ts';
import { generateCallNow } from './call-now.ts';
import { generateCreditReporting } from './credit-reporting.ts';
import { generateLimitedContent } from './limited-content.ts';
import { generateNextCall } from './next-call.ts';
import type { DrillCase } from './types.ts';
import { generateValidationPeriod } from './validation-period.ts';

const GENERATORS: Record<DrillType, (seed: number) => DrillCase> = {
	'call-now': generateCallNow,
	'next-call': generateNextCall,
	'validation-period': generateValidationPeriod,
	'credit-reporting': generateCreditReporting,
	'limited-content': generateLimitedContent
};

export function generateDrill(type: DrillType, seed: number): DrillCase {
	return GENERATORS[type](seed >>> 0);
}

/** A seed for a new case, never the one just seen. */
export function freshSeed(previous?: number, random: () => number = Math.random): number {
	for (;;) {
		const seed = Math.floor(random() * 2 ** 31);
		if (seed !== previous) return seed;
	}
}
