import { describe, expect, it } from 'vitest';
import { exportProfile } from '$lib/progress/backup';
import type { AcademyDB } from '$lib/progress/db';
import { recordAudit, recordDrill } from '$lib/progress/drill-attempts';
import { createProfile, renameProfile } from '$lib/progress/profiles';
import { freshDB, freshTeamDB } from '$lib/progress/test-db';
import type { TeamDB } from '$lib/progress/team-files';
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
const opts = (db: TeamDB = freshTeamDB()) => ({
	db,
	certExams: [{ id: 'pcs', passPercent: 85 }],
	ruleTitles: { 'fdcpa-1692c-b-third-parties': 'Talking to third parties' }
});
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('TeamConsole', () => {
	it('compares trainees from their files, names a file it cannot read, and keeps nothing else', async () => {
		const db = freshDB();
		const ann = await traineeFile(db, 'Ann', 90);
		const ben = await traineeFile(db, 'Ben', 60);
		const team = new TeamConsole(facts, [], opts());
		await team.add([ben, { name: 'notes.txt', text: async () => 'not a backup' }, ann]);

		expect(names(team)).toEqual(['Ann', 'Ben']);
		expect(team.rows.find((r) => r.name === 'Ann')?.best).toEqual({ pcs: 90 });
		expect(team.problems).toHaveLength(1);
		expect(team.problems[0]).toMatch(/^notes\.txt was not added: /);

		team.sortBy('best:pcs');
		expect(names(team)).toEqual(['Ann', 'Ben']);
		team.sortBy('best:pcs');
		expect(names(team)).toEqual(['Ben', 'Ann']);

		team.filter = ' BE ';
		expect(names(team)).toEqual(['Ben']);

		await team.removeAll();
		expect(team.rows).toEqual([]);
		expect(team.problems).toEqual([]);
	});

	it('keeps one row per trainee: a newer file from the same profile replaces the older', async () => {
		const db = freshDB();
		const first = await traineeFile(db, 'Ann', 70);
		const team = new TeamConsole(facts, [], opts());
		await team.add([first]);
		const id = team.rows[0]!.id;
		await renameProfile(db, id, 'Ann Lee');
		await tick();
		const newer = JSON.stringify(await exportProfile(db, id));
		await team.add([{ name: 'ann-2.json', text: async () => newer }]);
		expect(team.rows.map((r) => r.name)).toEqual(['Ann Lee']);
		expect(team.problems[0]).toMatch(/Two files claim the same trainee .* Kept Ann Lee's file/);
	});

	it('sorts a trainee without a score below every real score', async () => {
		const db = freshDB();
		const ann = await traineeFile(db, 'Ann', 40);
		const cam = await createProfile(db, 'Cam');
		const camText = JSON.stringify(await exportProfile(db, cam.id));
		const team = new TeamConsole(facts, [], opts());
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
		const team = new TeamConsole(facts, [], opts());
		await team.add([{ name: 'dee.json', text: async () => text }]);
		expect(team.rows[0]).toMatchObject({ drillAccuracy: 75, bestAudit: 80 });
	});
});

describe('TeamConsole kept on this device', () => {
	it('keeps files across a reload, replaces with a newer file, removes one, remembers columns', async () => {
		const db = freshDB();
		const ann = await traineeFile(db, 'Ann', 90);
		const ben = await traineeFile(db, 'Ben', 60);
		const teamDB = freshTeamDB();
		const first = new TeamConsole(facts, [], opts(teamDB));
		await first.load();
		await first.add([ann, ben]);
		expect(first.notices.map((n) => n.text)).toEqual(['Added Ann.', 'Added Ben.']);
		await first.toggleColumn('best:pcs');
		await first.toggleColumn('compliance');

		const again = new TeamConsole(facts, [], opts(teamDB));
		await again.load();
		expect(names(again)).toEqual(['Ann', 'Ben']);
		expect(again.visibleColumns.map((c) => c.key)).toEqual([
			'name',
			'planWeek',
			'overdue',
			'readiness',
			'compliance',
			'critical',
			'lastActive'
		]);

		await tick();
		const benId = again.rows.find((r) => r.name === 'Ben')!.id;
		await db.examSessions.update(`exam-${benId}`, { result: examResult({ percent: 95 }) });
		const newer = JSON.stringify(await exportProfile(db, benId));
		await again.add([{ name: 'ben-2.json', text: async () => newer }]);
		expect(again.notices.at(-1)?.text).toMatch(/^Replaced Ben's file of .* with the one of /);
		expect(again.rows.find((r) => r.name === 'Ben')?.best).toEqual({ pcs: 95 });

		await again.add([ben]);
		expect(again.notices.at(-1)?.text).toMatch(/^Kept Ben's newer file/);
		expect(again.rows.find((r) => r.name === 'Ben')?.best).toEqual({ pcs: 95 });

		await again.remove(benId);
		expect(names(again)).toEqual(['Ann']);
		const third = new TeamConsole(facts, [], opts(teamDB));
		await third.load();
		expect(names(third)).toEqual(['Ann']);
	});

	it('exports the shown rows and columns as CSV and sums up the team', async () => {
		const db = freshDB();
		const files = [
			await traineeFile(db, 'Ann, Jr.', 90),
			await traineeFile(db, 'Ben', 60),
			await traineeFile(db, 'Cy', 70)
		];
		const team = new TeamConsole(facts, [], opts());
		await team.add(files);
		team.filter = 'n';
		team.sortBy('best:pcs');
		const csv = team.csv();
		expect(csv.name).toMatch(/^team-\d{4}-\d{2}-\d{2}\.csv$/);
		const lines = csv.text.trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'Trainee,Plan week,Overdue tasks,Readiness,Best PCS,Critical failures,Last active'
		);
		expect(lines.slice(1).map((l) => l.split(',').slice(-3)[0])).toEqual(['90%', '60%']);
		expect(lines[1]!.startsWith('"Ann, Jr.",—,0,')).toBe(true);
		expect(lines).toHaveLength(3);

		expect(team.passRates).toEqual([{ blueprintId: 'pcs', title: 'PCS', attempted: 3, passed: 1 }]);
	});

	it('opens one kept trainee, and nothing for an unknown id', async () => {
		const db = freshDB();
		const file = await traineeFile(db, 'Ann', 90);
		const team = new TeamConsole(facts, [], opts());
		await team.add([file]);
		const content = { scenarios: [], questionStems: {}, ruleTitles: {} };
		const d = await team.trainee(team.rows[0]!.id, content);
		expect(d?.name).toBe('Ann');
		expect(d?.exams.map((e) => e.percent)).toEqual([90]);
		expect(await team.trainee('nobody', content)).toBeUndefined();
	});
});
