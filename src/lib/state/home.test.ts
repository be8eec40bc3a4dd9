import { beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import type { AcademyDB } from '$lib/progress/db';
import { recordReading, setModuleComplete } from '$lib/progress/module-progress';
import { assignPlan } from '$lib/progress/plan-assignments';
import { renameProfile } from '$lib/progress/profiles';
import { getSetting } from '$lib/progress/settings';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { examSession, PROFILE_ID, profile, reviewCard } from '$lib/test-factories';
import { Home, type HomeCatalog } from './home.svelte';

const plan: Plan = {
	id: 'new-agent',
	title: 'New agent',
	summary: 'S.',
	weeks: [{ week: 1, title: 'Law', modules: ['b'], calls: [], exams: [] }]
};
const ids = ['a', 'b', 'c', 'd'];
const catalog: HomeCatalog = {
	plans: [plan],
	modules: ids.map((id) => ({
		id,
		title: `Module ${id}`,
		track: id === 'd' ? 'calls' : 'law',
		href: `/learn/law/${id}`
	})),
	calls: [],
	exams: [
		{ id: 'pcs', title: 'PCS practice exam', passPercent: 85, credentialForm: true },
		{ id: 'chc', title: 'CHC practice exam', passPercent: 80, credentialForm: true }
	],
	drills: [],
	audits: [],
	facts: {
		modules: ids.map((id) => ({ id, track: id === 'd' ? 'calls' : 'law', minutes: 10 })),
		questionDomain: {},
		blueprints: []
	},
	tracks: [
		{ track: 'law', title: 'Collections law', modules: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
		{ track: 'calls', title: 'Calls', modules: [{ id: 'd' }] }
	],
	certifications: [
		{ id: 'chc', title: 'CHC practice exam' },
		{ id: 'pcs', title: 'PCS practice exam' }
	]
};

// Local noon on 10 March 2026.
const now = () => new Date(2026, 2, 10, 12);

let db: AcademyDB;
const home = (on = db) =>
	new Home(on, catalog, PROFILE_ID, (name) => renameProfile(on, PROFILE_ID, name), now);

beforeEach(async () => {
	db = freshDB();
	await db.profiles.add(profile());
});

describe('Home: first run', () => {
	it('asks on a first visit, and keeps the name, the goal and the exam date', async () => {
		const h = home();
		await h.load();
		expect(h.firstRun).toBe(true);
		expect(h.name).toBe('Dana');
		const saved = await h.saveFirstRun({
			name: '  Dana   Ruiz ',
			goal: 'certification',
			exam: 'pcs',
			examDate: '2026-05-01'
		});
		expect(saved).toBe(true);
		expect(h.problem).toBe('');
		expect(h.firstRun).toBe(false);
		expect(h.name).toBe('Dana Ruiz');
		expect((await db.profiles.get(PROFILE_ID))?.name).toBe('Dana Ruiz');
		expect(await getSetting(db, PROFILE_ID, 'goal')).toEqual({
			kind: 'certification',
			exam: 'pcs'
		});
		expect(await getSetting(db, PROFILE_ID, 'examDate')).toBe('2026-05-01');
		const again = home();
		await again.load();
		expect(again.firstRun).toBe(false);
		expect(again.goal).toEqual({ kind: 'certification', exam: 'pcs' });
	});

	it('refuses an empty or too long name in plain words and changes nothing', async () => {
		const h = home();
		await h.load();
		expect(await h.saveFirstRun({ name: '   ', goal: 'job' })).toBe(false);
		expect(h.problem).toBe('Please enter your name.');
		expect(await h.saveFirstRun({ name: 'x'.repeat(61), goal: 'job' })).toBe(false);
		expect(h.problem).toBe('Please keep your name to 60 characters or fewer.');
		expect((await db.profiles.get(PROFILE_ID))?.name).toBe('Dana');
		expect(await getSetting(db, PROFILE_ID, 'goal')).toBeUndefined();
		expect(h.firstRun).toBe(true);
	});

	it('asks which certification, and keeps no exam for other goals', async () => {
		const h = home();
		await h.load();
		expect(await h.saveFirstRun({ name: 'Dana', goal: 'certification' })).toBe(false);
		expect(h.problem).toBe('Please choose which certification exam.');
		expect(await h.saveFirstRun({ name: 'Dana', goal: '' })).toBe(false);
		expect(h.problem).toBe('Please choose what brings you here.');
		expect(await h.saveFirstRun({ name: 'Dana', goal: 'job', exam: 'pcs' })).toBe(true);
		expect(await getSetting(db, PROFILE_ID, 'goal')).toEqual({ kind: 'job' });
	});

	it('"Skip for now" hides the card for this visit and stores nothing', async () => {
		const h = home();
		await h.load();
		h.skip();
		expect(h.firstRun).toBe(false);
		expect(await db.settings.where('profileId').equals(PROFILE_ID).count()).toBe(0);
		const next = home();
		await next.load();
		expect(next.firstRun).toBe(true);
	});

	it('says in plain words when the goal cannot be saved', async () => {
		const broken = failingDB('settings');
		await broken.profiles.add(profile());
		const h = home(broken);
		await h.load();
		expect(await h.saveFirstRun({ name: 'Dana', goal: 'job' })).toBe(false);
		expect(h.problem).toMatch(/could not|went wrong/);
		expect(h.firstRun).toBe(true);
	});
});

describe('Home: next step, streak and tracks', () => {
	it('starts with the first module and no streak', async () => {
		const h = home();
		await h.load();
		expect(h.step).toMatchObject({ kind: 'module', action: 'Start: Module a' });
		expect(h.streak).toBe(0);
		expect(h.tracks.map((t) => `${t.title} ${t.done} of ${t.total}`)).toEqual([
			'Collections law 0 of 3',
			'Calls 0 of 1'
		]);
	});

	it('follows completed modules, reading, the plan, reviews and exams in that order of priority', async () => {
		await setModuleComplete(db, PROFILE_ID, 'a', true);
		await setModuleComplete(db, PROFILE_ID, 'd', true);
		let h = home();
		await h.load();
		expect(h.step).toMatchObject({ kind: 'module', action: 'Start: Module b' });
		expect(h.tracks.find((t) => t.track === 'calls')?.finished).toBe(true);

		await recordReading(db, PROFILE_ID, 'c', { lastHeading: 'h', readFraction: 0.3 });
		h = home();
		await h.load();
		expect(h.step).toMatchObject({ kind: 'resume', action: 'Continue: Module c' });

		await assignPlan(db, PROFILE_ID, 'new-agent', '2026-03-09');
		h = home();
		await h.load();
		expect(h.step?.kind).toBe('plan');
		expect(h.step?.tasks).toEqual([{ title: 'Module b', href: '/learn/law/b' }]);

		await db.reviewCards.bulkPut([
			reviewCard({ questionId: 'q1' }),
			reviewCard({ questionId: 'q2' })
		]);
		h = home();
		await h.load();
		expect(h.step).toMatchObject({ kind: 'reviews', text: '2 reviews are due.' });

		await db.examSessions.put(examSession({ id: 's1', blueprintId: 'pcs', deadline: undefined }));
		h = home();
		await h.load();
		expect(h.step).toMatchObject({ kind: 'exam', href: '/exams/take?session=s1' });
	});

	it('shows the plan week with its due day, and the tasks left over from earlier weeks', async () => {
		const twoWeeks: Plan = {
			...plan,
			id: 'two-weeks',
			title: 'Two weeks',
			weeks: [
				{ week: 1, title: 'Law', modules: ['a', 'b'], calls: [], exams: [] },
				{ week: 2, title: 'Calls', modules: ['d'], calls: [], exams: [] }
			]
		};
		const withPlan = (on = db) =>
			new Home(on, { ...catalog, plans: [twoWeeks] }, PROFILE_ID, async () => {}, now);
		let h = withPlan();
		await h.load();
		expect(h.plan).toBeUndefined();

		// Started on Monday 2 March: 10 March is in week 2, due by Sunday 15 March; week 1 left one module.
		await assignPlan(db, PROFILE_ID, 'two-weeks', '2026-03-02');
		await setModuleComplete(db, PROFILE_ID, 'a', true);
		h = withPlan();
		await h.load();
		expect(h.plan).toEqual({
			title: 'Two weeks',
			week: 2,
			weeks: 2,
			dueOn: '2026-03-15',
			overdue: [{ title: 'Module b', href: '/learn/law/b', week: 1 }]
		});

		await setModuleComplete(db, PROFILE_ID, 'b', true);
		h = withPlan();
		await h.load();
		expect(h.plan?.overdue).toEqual([]);
	});

	it('counts today’s activity in the streak', async () => {
		await setModuleComplete(db, PROFILE_ID, 'a', true);
		const h = new Home(db, catalog, PROFILE_ID, async () => {});
		await h.load();
		expect(h.streak).toBe(1);
	});
});
