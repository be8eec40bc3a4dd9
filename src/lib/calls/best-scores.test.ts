import { describe, expect, it } from 'vitest';
import { callResult, callRun } from '$lib/test-factories';
import { bestScores, passedBest } from './best-scores';

const run = (scenarioId: string, total: number, passed: boolean) =>
	callRun({ scenarioId, result: callResult(total, passed) });

describe('best call scores', () => {
	it('ranks a passed call above a higher failed one, then by total', () => {
		const runs = [
			run('hello', 95, false),
			run('hello', 75, true),
			run('hello', 80, true),
			run('bye', 60, false),
			callRun({ scenarioId: 'open' })
		];
		expect(bestScores(runs).get('hello')?.total).toBe(80);
		expect(bestScores(runs).get('bye')?.total).toBe(60);
		expect(bestScores(runs).has('open')).toBe(false);
		expect([...passedBest(runs)]).toEqual([['hello', 80]]);
	});
});
