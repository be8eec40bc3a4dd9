import { describe, expect, it } from 'vitest';
import { exportProfile } from '$lib/progress/backup';
import type { AcademyDB } from '$lib/progress/db';
import { recordAudit, recordDrill } from '$lib/progress/drill-attempts';
import { createProfile, renameProfile } from '$lib/progress/profiles';
import { freshDB } from '$lib/progress/test-db';
import type { CourseFacts } from '$lib/trainee/summary';
import { examResult, examSession } from '$lib/test-factories';
import { TeamConsole, type TraineeFile } from './team-console.svelte';

const facts: CourseFacts = {
	modules: [{ id: 'm1', track: 'law', minutes: 10 }],
	questionDomain: { q1: 'fdcpa-regf', q2: 'fdcpa-regf', q3: 'fdcpa-regf' },
	blueprints: [
		{
			id: 'pcs',
			title: 'PCS',
			questions: 3,
			minutes: 10,
			passPercent: 85,
			domains: { 'fdcpa-regf': 100 }
		}
	]
};

/** A trainee's exported file with one submitted PCS attempt at the given score. */
async function traineeFile(db: AcademyDB, name: string, percent: number): Promise<TraineeFile> {
	const profile = await createProfile(db, name);
	await db.examSessions.add(
		examSession({
			id: `exam-${profile.id}`,
			profileId: profile.id,
			submittedAt: '2026-03-09T15:10:00.000Z',
			result: examResult({ percent })
		})
	);
	const text = JSON.stringify(await exportProfile(db, profile.id));
	return { name: `${name}.json`, text: async () => text };
}

const names = (team: TeamConsole) => team.shown.map((r) => r.name);

describe('TeamConsole', () => {
	it('compares trainees from their files, names a file it cannot read, and keeps nothing else', async () => {
		const db = freshDB();
		const ann = await traineeFile(db, 'Ann', 90);
		const ben = await traineeFile(db, 'Ben', 60);
		const team = new TeamConsole(facts, []);
		await team.add([ben, { name: 'notes.txt', text: async () => 'not a backup' }, ann]);

		expect(names(team)).toEqual(['Ann', 'Ben']);
		expect(team.rows.find((r) => r.name === 'Ann')?.best).toEqual({ pcs: 90 });
		expect(team.problems).toHaveLength(1);
		expect(team.problems[0]).toMatch(/^notes\.txt: /);

		team.sortBy('best:pcs');
		expect(names(team)).toEqual(['Ann', 'Ben']);
		team.sortBy('best:pcs');
		expect(names(team)).toEqual(['Ben', 'Ann']);

		team.filter = ' BE ';
		expect(names(team)).toEqual(['Ben']);

		team.clear();
		expect(team.rows).toEqual([]);
		expect(team.problems).toEqual([]);
	});

	it('keeps one row per trainee: a newer file from the same profile replaces the older', async () => {
		const db = freshDB();
		const first = await traineeFile(db, 'Ann', 70);
		const team = new TeamConsole(facts, []);
		await team.add([first]);
		const id = team.rows[0]!.id;
		await renameProfile(db, id, 'Ann Lee');
		const newer = JSON.stringify(await exportProfile(db, id));
		await team.add([{ name: 'ann-2.json', text: async () => newer }]);
		expect(team.rows.map((r) => r.name)).toEqual(['Ann Lee']);
	});

	it('sorts a trainee without a score below every real score', async () => {
		const db = freshDB();
		const ann = await traineeFile(db, 'Ann', 40);
		const cam = await createProfile(db, 'Cam');
		const camText = JSON.stringify(await exportProfile(db, cam.id));
		const team = new TeamConsole(facts, []);
		await team.add([ann, { name: 'cam.json', text: async () => camText }]);
		team.sortBy('best:pcs');
		expect(names(team)).toEqual(['Ann', 'Cam']);
		expect(team.rows.find((r) => r.name === 'Cam')).toMatchObject({
			plan: 'No plan',
			lastActive: '—'
		});
	});
});

describe('TeamConsole drills and audits', () => {
	it('shows each trainee’s drill accuracy and best call audit', async () => {
		const db = freshDB();
		const p = await createProfile(db, 'Dee');
		for (const [seed, correct] of [
			[1, true],
			[2, true],
			[3, false],
			[4, true]
		] as const)
			await recordDrill(db, {
				profileId: p.id,
				type: 'call-now',
				seed,
				answer: { canCall: 'yes' },
				correct,
				context: 'drill'
			});
		for (const score of [50, 80])
			await recordAudit(db, {
				profileId: p.id,
				auditId: 'wrong-number',
				marks: [],
				result: { violations: 2, flagged: 1, hits: 1, precision: 100, recall: 50, score }
			});
		const text = JSON.stringify(await exportProfile(db, p.id));
		const team = new TeamConsole(facts, []);
		await team.add([{ name: 'dee.json', text: async () => text }]);
		expect(team.rows[0]).toMatchObject({ drillAccuracy: 75, bestAudit: 80 });
	});
});
