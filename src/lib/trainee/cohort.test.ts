import { describe, expect, it } from 'vitest';
import { callResult } from '$lib/test-factories';
import { mostViolated, passRates } from './cohort';
import type { ExamSummary, TraineeSummary } from './summary';

const exam = (blueprintId: string, attempts: number, passed: boolean) =>
	({ blueprintId, title: blueprintId.toUpperCase(), attempts, passed }) as ExamSummary;
const summary = (exams: ExamSummary[]) => ({ exams }) as TraineeSummary;

describe('cohort figures', () => {
	it('counts trainees who passed over trainees who attempted, per blueprint', () => {
		const rates = passRates(
			[
				summary([exam('pcs', 2, true), exam('cfr', 0, false)]),
				summary([exam('pcs', 1, false), exam('cfr', 1, true)]),
				summary([exam('pcs', 0, false), exam('cfr', 0, false)])
			],
			['pcs', 'cfr']
		);
		expect(rates).toEqual([
			{ blueprintId: 'pcs', title: 'PCS', attempted: 2, passed: 1 },
			{ blueprintId: 'cfr', title: 'CFR', attempted: 1, passed: 1 }
		]);
	});

	it('ranks rules by violations, counting each trainee once', () => {
		const failed = (violations: string[]) => ({ result: { ...callResult(40, false), violations } });
		const ranked = mostViolated(
			[
				{ id: 'a', callRuns: [failed(['r1', 'r2']), failed(['r1']), { result: undefined }] },
				{ id: 'b', callRuns: [failed(['r2'])] },
				{ id: 'c', callRuns: [failed(['r3'])] }
			],
			{ r1: 'Third parties', r2: 'Mini-Miranda' },
			2
		);
		expect(ranked).toEqual([
			{ rule: 'r2', title: 'Mini-Miranda', count: 2, trainees: 2 },
			{ rule: 'r1', title: 'Third parties', count: 2, trainees: 1 }
		]);
	});
});
