import { beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import { exportProfile, type Backup } from '$lib/progress/backup';
import type { AcademyDB } from '$lib/progress/db';
import { assignPlan } from '$lib/progress/plan-assignments';
import { createProfile } from '$lib/progress/profiles';
import { freshDB } from '$lib/progress/test-db';
import type { CourseFacts } from '$lib/trainee/summary';
import { CertificateState } from './certificate.svelte';

const facts: CourseFacts = {
	modules: [{ id: 'm1', track: 'law', minutes: 10, title: 'Module one' }],
	questionDomain: {},
	blueprints: []
};
const plan: Plan = {
	id: 'desk',
	title: 'Desk plan',
	summary: 'S',
	organization: 'Northwind Recovery',
	weeks: [{ week: 1, title: 'W1', modules: ['m1'], calls: [], exams: [] }]
};
const ISSUED = '2026-03-13T09:00:00.000Z';

let db: AcademyDB;
let profileId: string;
beforeEach(async () => {
	db = freshDB();
	profileId = (await createProfile(db, 'Learner')).id;
});

const state = () => new CertificateState(db, facts, [], '2026-11-29', () => ISSUED);
const complete = () =>
	db.moduleProgress.put({
		profileId,
		moduleId: 'm1',
		status: 'complete',
		readFraction: 1,
		updatedAt: '2026-03-10T12:00:00.000Z',
		completedAt: '2026-03-10T12:00:00.000Z'
	});
const file = (): Promise<Backup> => exportProfile(db, profileId);

describe('CertificateState', () => {
	it('without a plan: no plan, no certificate', async () => {
		const s = state();
		await s.load(await file());
		expect(s.plan).toBeUndefined();
		expect(s.certificate).toBeUndefined();
	});

	it('refuses while a rule is missing, asks the name while it is the default, then issues once', async () => {
		await assignPlan(db, profileId, plan.id, '2026-03-09', plan);
		const s = state();
		await s.load(await file());
		expect(s.status?.items.map((i) => i.met)).toEqual([false]);
		expect(s.certificate).toBeUndefined();

		await complete();
		await s.load(await file());
		expect(s.needsName).toBe(true);
		expect(await db.certificates.count()).toBe(0);

		await s.load(await file(), 'Dana Reyes');
		expect(s.certificate).toMatchObject({
			name: 'Dana Reyes',
			organization: 'Northwind Recovery',
			issuedAt: ISSUED,
			edition: '2026-11-29'
		});
		const stored = await db.certificates.toArray();
		expect(stored).toEqual([s.certificate]);

		// Read again, it shows the certificate kept, not a new one.
		const again = new CertificateState(
			db,
			facts,
			[],
			'2026-11-29',
			() => '2026-05-01T00:00:00.000Z'
		);
		await again.load(await file(), 'Dana Reyes');
		expect(again.certificate?.issuedAt).toBe(ISSUED);
		expect(await db.certificates.count()).toBe(1);
	});
});
