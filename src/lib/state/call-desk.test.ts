import { describe, expect, it } from 'vitest';
import { getRun } from '$lib/progress/call-runs';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { getSetting } from '$lib/progress/settings';
import { callScenario, PROFILE_ID } from '$lib/test-factories';
import { CallDesk } from './call-desk.svelte';
import { CallLibrary } from './call-library.svelte';

const scenario = callScenario();

describe('CallDesk', () => {
	it('starts a call, opens it at the dialer, files it, and lists it with its best score', async () => {
		const db = freshDB();
		const desk = new CallDesk(db, scenario, PROFILE_ID);
		await desk.open(null);
		expect(desk.runner).toBeUndefined();
		expect(desk.history).toEqual([]);

		const run = (await desk.begin())!;
		await desk.open(run.id);
		expect(desk.runner?.stage).toBe('dialer');
		await desk.act(() => desk.runner!.place(new Date(scenario.dialAt)));
		await desk.act(() => desk.runner!.choose(1)); // names the debt: a critical violation
		expect(await desk.file('   ', {})).toBe(false);
		expect(await desk.file('3/9 spoke with Marcus', {})).toBe(true);

		expect(desk.runner?.stage).toBe('debrief');
		expect(desk.history.map((r) => r.id)).toEqual([run.id]);
		expect(desk.best).toMatchObject({ passed: false });
		expect((await getRun(db, run.id))?.result?.critical).toBe(true);

		const library = new CallLibrary(db, PROFILE_ID);
		await library.load();
		expect(library.best.get(scenario.id)?.total).toBe(desk.best?.total);
	});

	it('says plainly when the call asked for is not on this device', async () => {
		const desk = new CallDesk(freshDB(), scenario, PROFILE_ID);
		await desk.open('no-such-call');
		expect(desk.runner).toBeUndefined();
		expect(desk.problem).toBe('This call was not found on this device. Start a new one below.');
	});

	it('keeps the speech setting per profile', async () => {
		const db = freshDB();
		const desk = new CallDesk(db, scenario, PROFILE_ID);
		await desk.open(null);
		expect(desk.speak).toBe(false);
		await desk.setSpeech(true);
		expect(await getSetting(db, PROFILE_ID, 'speech')).toBe(true);
		const again = new CallDesk(db, scenario, PROFILE_ID);
		await again.open(null);
		expect(again.speak).toBe(true);
	});

	it('turns a failed save into a plain message and starts nothing', async () => {
		const db = failingDB('callRuns', 1);
		const desk = new CallDesk(db, scenario, PROFILE_ID);
		expect(await desk.begin()).toBeUndefined();
		expect(desk.problem).not.toBe('');
		expect(await db.callRuns.count()).toBe(0);
	});

	it('discards calls and clears the damaged list', async () => {
		const db = freshDB();
		const desk = new CallDesk(db, scenario, PROFILE_ID);
		const run = (await desk.begin())!;
		await desk.open(null);
		expect(desk.history).toHaveLength(1);
		expect(await desk.discard([run.id])).toBe(true);
		expect(desk.history).toEqual([]);
		expect(await db.callRuns.count()).toBe(0);
	});
});
