import { beforeEach, describe, expect, it } from 'vitest';
import type { AcademyDB } from './db';
import { bestScores } from '$lib/calls/best-scores';
import { fileNote, getRun, placeCall, recordStep, runsOf, startRun } from './call-runs';
import { freshDB } from './test-db';
import { AT, callResult as result, choiceStep } from '$lib/test-factories';

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
});

describe('call runs', () => {
	it('saves every step as it is made, so a reload finds the call where it was', async () => {
		const run = await startRun(db, 'p1', 'hello');
		await placeCall(db, run.id, '2026-03-09T15:00:00Z');
		await recordStep(db, run.id, 0, choiceStep('open', 1));
		await recordStep(db, run.id, 1, {
			node: 'mm',
			at: AT,
			kind: 'input',
			text: 'I am a debt collector'
		});
		const stored = await getRun(db, run.id);
		expect(stored?.dialedAt).toBe('2026-03-09T15:00:00Z');
		expect(stored?.steps.map((s) => s.node)).toEqual(['open', 'mm']);
	});

	it('keeps the first answer when two tabs answer the same step', async () => {
		const run = await startRun(db, 'p1', 'hello');
		await Promise.all([
			recordStep(db, run.id, 0, choiceStep('open', 0)),
			recordStep(db, run.id, 0, choiceStep('open', 1))
		]);
		expect((await getRun(db, run.id))?.steps).toHaveLength(1);
	});

	it('freezes a call once its note is filed', async () => {
		const run = await startRun(db, 'p1', 'hello');
		await fileNote(db, run.id, '3/9 spoke with Dana', result(80, true));
		await recordStep(db, run.id, 0, choiceStep('open', 0));
		await fileNote(db, run.id, 'rewritten', result(10, false));
		const stored = await getRun(db, run.id);
		expect(stored?.steps).toEqual([]);
		expect(stored?.accountNote).toBe('3/9 spoke with Dana');
		expect(stored?.result?.total).toBe(80);
	});

	it('replays from a decision by copying the steps before it', async () => {
		const first = await startRun(db, 'p1', 'hello');
		await placeCall(db, first.id, '2026-03-09T15:00:00Z');
		for (const [i, node] of ['a', 'b', 'c'].entries())
			await recordStep(db, first.id, i, choiceStep(node, 0));
		const again = await startRun(db, 'p1', 'hello', {
			run: (await getRun(db, first.id))!,
			decision: 2
		});
		expect(again.steps.map((s) => s.node)).toEqual(['a', 'b']);
		expect(again.replayOf).toEqual({ runId: first.id, fromDecision: 2 });
		expect((await runsOf(db, 'p1', 'hello')).map((r) => r.id)).toContain(again.id);
		expect(await runsOf(db, 'p2')).toEqual([]);
	});

	it('ranks a passed call above a failed one with a higher total', async () => {
		const a = await startRun(db, 'p1', 'hello');
		const b = await startRun(db, 'p1', 'hello');
		await fileNote(db, a.id, 'n', result(95, false));
		await fileNote(db, b.id, 'n', result(75, true));
		expect(bestScores(await runsOf(db, 'p1')).get('hello')?.total).toBe(75);
	});
});
