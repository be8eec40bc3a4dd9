import { describe, expect, it } from 'vitest';
import { recordReading, setModuleComplete } from '$lib/progress/module-progress';
import { freshDB } from '$lib/progress/test-db';
import { PROFILE_ID } from '$lib/test-factories';
import { ModuleStatuses } from './module-statuses.svelte';

const modules = ['a', 'b', 'c'].map((id) => ({
	id,
	title: id.toUpperCase(),
	href: `/learn/law/${id}`
}));

async function statusesAfter(write: (db: ReturnType<typeof freshDB>) => Promise<void>) {
	const db = freshDB();
	await write(db);
	const statuses = new ModuleStatuses(db, PROFILE_ID);
	await statuses.load();
	return statuses;
}

describe('ModuleStatuses', () => {
	it('starts a new learner at the first module', async () => {
		const statuses = await statusesAfter(async () => {});
		expect(statuses.next(modules)).toMatchObject({ id: 'a', resume: false });
		expect(statuses.byModule).toEqual({});
	});

	it('resumes the module being read, else goes on to the first one not completed', async () => {
		const reading = await statusesAfter(async (db) => {
			await setModuleComplete(db, PROFILE_ID, 'a', true);
			await recordReading(db, PROFILE_ID, 'c', { readFraction: 0.4 });
		});
		expect(reading.byModule).toEqual({ a: 'complete', c: 'in-progress' });
		expect(reading.next(modules)).toMatchObject({ id: 'c', resume: true });

		const done = await statusesAfter(async (db) => {
			await setModuleComplete(db, PROFILE_ID, 'a', true);
		});
		expect(done.next(modules)).toMatchObject({ id: 'b', resume: false });
	});

	it('has nowhere to send a learner who completed everything', async () => {
		const statuses = await statusesAfter(async (db) => {
			for (const m of modules) await setModuleComplete(db, PROFILE_ID, m.id, true);
		});
		expect(statuses.next(modules)).toBeUndefined();
	});
});
