import { beforeEach, describe, expect, it } from 'vitest';
import type { AcademyDB } from '$lib/progress/db';
import { getSession } from '$lib/progress/exam-sessions';
import { freshDB } from '$lib/progress/test-db';
import { bank, blueprint, PROFILE_ID, questionView } from '$lib/test-factories';
import { ExamOverview } from './exam-overview.svelte';

const questions = bank([questionView('q1'), questionView('q2'), questionView('q3')], {
	blueprints: [blueprint()],
	domainTitles: { 'fdcpa-regf': 'FDCPA and Regulation F' }
});

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
});

describe('ExamOverview', () => {
	it('has no readiness figure and no attempts for a new learner', async () => {
		const overview = new ExamOverview(db, questions, PROFILE_ID, 'mini');
		await overview.load();
		expect(overview.done).toEqual([]);
		expect(overview.readiness?.estimate).toBeUndefined();
		expect(overview.seenShare).toBe(0);
	});

	it('starts a timed form of the blueprint and lists it as open', async () => {
		const overview = new ExamOverview(db, questions, PROFILE_ID, 'mini');
		await overview.load();
		const session = (await overview.start('timed'))!;
		expect(overview.problem).toBe('');
		expect(await getSession(db, session.id)).toMatchObject({
			blueprintId: 'mini',
			mode: 'timed',
			profileId: PROFILE_ID
		});
		expect(session.questionIds).toHaveLength(2);
		expect(session.deadline).toBeDefined();
		await overview.load();
		expect(overview.sessions.map((s) => s.id)).toEqual([session.id]);
		expect(overview.done).toEqual([]);
	});

	it('gives a timed form the time allowed that was chosen, and no clock when untimed', async () => {
		const overview = new ExamOverview(db, questions, PROFILE_ID, 'mini');
		const minutes = blueprint().minutes;
		const before = Date.now();
		const standard = (await overview.start('timed'))!;
		const longer = (await overview.start('timed', 'double'))!;
		const untimed = (await overview.start('timed', 'untimed'))!;
		const tutor = (await overview.start('tutor'))!;
		const allowed = (s: { deadline?: string }) =>
			Math.round((Date.parse(s.deadline!) - before) / 60_000);
		expect(allowed(standard)).toBe(minutes);
		expect(allowed(longer)).toBe(minutes * 2);
		expect(await getSession(db, longer.id)).toMatchObject({ timing: 'double' });
		expect(await getSession(db, untimed.id)).toMatchObject({ timing: 'untimed', mode: 'timed' });
		expect((await getSession(db, untimed.id))!.deadline).toBeUndefined();
		expect((await getSession(db, tutor.id))!.timing).toBeUndefined();
	});

	it('says in plain words when the bank cannot fill a form, and stores nothing', async () => {
		const small = bank([questionView('q1')], { blueprints: [blueprint()] });
		const overview = new ExamOverview(db, small, PROFILE_ID, 'mini');
		expect(await overview.start('tutor')).toBeUndefined();
		expect(overview.problem).toMatch(/question/);
		await overview.load();
		expect(overview.sessions).toEqual([]);
	});
});
