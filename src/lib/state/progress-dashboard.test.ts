import { describe, expect, it } from 'vitest';
import { fileNote, startRun } from '$lib/progress/call-runs';
import { setModuleComplete } from '$lib/progress/module-progress';
import { recordPractice } from '$lib/progress/review-cards';
import { setSetting } from '$lib/progress/settings';
import { freshDB } from '$lib/progress/test-db';
import type { CourseFacts } from '$lib/trainee/summary';
import { callResult, profile, PROFILE_ID } from '$lib/test-factories';
import { ProgressDashboard } from './progress-dashboard.svelte';

const facts: CourseFacts = {
	modules: [
		{ id: 'm1', track: 'law', minutes: 10 },
		{ id: 'm2', track: 'law', minutes: 10 }
	],
	questionDomain: { q1: 'tcpa', q2: 'tcpa', q3: 'tcpa', q4: 'fcra' },
	blueprints: []
};

describe('ProgressDashboard', () => {
	it('adds up what this profile stored, and only this profile', async () => {
		const db = freshDB();
		await db.profiles.add(profile());
		await setModuleComplete(db, PROFILE_ID, 'm2', true);
		await setModuleComplete(db, 'someone-else', 'm1', true);
		for (const [q, correct] of [
			['q1', false],
			['q2', false],
			['q3', true],
			['q4', false]
		] as const)
			await recordPractice(db, PROFILE_ID, q, { correct, context: 'exam' });
		const run = await startRun(db, PROFILE_ID, 'wrong-number');
		await fileNote(db, run.id, 'note', callResult(72, false), []);
		await setSetting(db, PROFILE_ID, 'lastBackup', '2026-03-01T09:00:00.000Z');

		const dashboard = new ProgressDashboard(db, PROFILE_ID, facts);
		await dashboard.load();
		expect(dashboard.summary?.modulesByTrack.law).toEqual({ done: 1, total: 2 });
		expect(dashboard.completed.map((m) => m.moduleId)).toEqual(['m2']);
		expect(dashboard.bestCalls).toEqual([['wrong-number', callResult(72, false)]]);
		expect(dashboard.lastBackup).toBe('2026-03-01T09:00:00.000Z');
		// fcra has one answer, too few to call it weak.
		expect(dashboard.weakest.map((d) => [d.domain, d.correct, d.total])).toEqual([['tcpa', 1, 3]]);

		// The report reads every record once, for its figures and its certificate alike.
		const report = new ProgressDashboard(db, PROFILE_ID, facts);
		const backup = await report.loadAll();
		expect(backup.tables.reviewLog).toHaveLength(4);
		expect(report.summary).toEqual(dashboard.summary);
		expect(report.bestCalls).toEqual(dashboard.bestCalls);
		expect(report.lastBackup).toBe('2026-03-01T09:00:00.000Z');
	});
});
