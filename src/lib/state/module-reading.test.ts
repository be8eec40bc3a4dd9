import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AcademyDB } from '$lib/progress/db';
import { getModuleProgress, recordReading, setModuleComplete } from '$lib/progress/module-progress';
import { getNote, saveNote } from '$lib/progress/notes';
import type { ModuleProgress } from '$lib/progress/records';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { AT, PROFILE_ID, profile } from '$lib/test-factories';
import { ModuleNote } from './module-note.svelte';
import { ModuleReading } from './module-reading.svelte';

const MODULE = {
	id: 'call-frequency',
	toc: [
		{ id: 'intro', text: 'Introduction' },
		{ id: 'seven-in-seven', text: 'Seven calls in seven days' }
	]
};

function readingOn(db: AcademyDB, glance?: () => ModuleProgress | null | undefined) {
	const to = { db, profileId: PROFILE_ID };
	return { to, reading: new ModuleReading(MODULE, { open: async () => to, glance }) };
}

describe('ModuleReading', () => {
	it('marks a module complete and undoes it, saying so', async () => {
		const db = freshDB();
		const { to, reading } = readingOn(db);
		await reading.load(to);
		expect(reading.known).toBe(true);
		expect(reading.shown).toBeUndefined();

		expect(reading.justCompleted).toBe(false);
		await reading.toggleComplete();
		expect(reading.complete).toBe(true);
		expect(reading.message).toBe('Marked as complete.');
		expect(reading.justCompleted).toBe(true);
		expect((await getModuleProgress(db, PROFILE_ID, MODULE.id))?.status).toBe('complete');

		await reading.toggleComplete();
		expect(reading.complete).toBe(false);
		expect(reading.message).toBe('Marked as not complete.');
		expect(reading.justCompleted).toBe(false);
		expect((await getModuleProgress(db, PROFILE_ID, MODULE.id))?.status).toBe('in-progress');
	});

	it('says in plain words when marking complete could not be saved', async () => {
		const db = failingDB('moduleProgress');
		const { reading } = readingOn(db);
		await reading.toggleComplete();
		expect(reading.complete).toBe(false);
		expect(reading.message).toBe(
			'Something went wrong while saving. Nothing saved earlier was lost; please try again.'
		);
		expect(await getModuleProgress(db, PROFILE_ID, MODULE.id)).toBeUndefined();
	});

	it('does nothing where storage does not work', async () => {
		const reading = new ModuleReading(MODULE, { open: async () => undefined });
		await reading.toggleComplete();
		await reading.scored(1);
		expect(reading.message).toBe('');
		expect(await reading.savePosition('intro')).toBe(false);
	});

	it('shows what a glance found until the database is read', async () => {
		const db = freshDB();
		let seen: ModuleProgress | null | undefined;
		const { to, reading } = readingOn(db, () => seen);
		expect(reading.known).toBe(false);
		seen = null;
		expect(reading.known).toBe(true);
		expect(reading.shown).toBeUndefined();
		seen = {
			profileId: PROFILE_ID,
			moduleId: MODULE.id,
			status: 'complete',
			readFraction: 1,
			lastHeading: 'seven-in-seven',
			updatedAt: AT
		};
		expect(reading.complete).toBe(true);
		expect(reading.resumeHeading).toEqual(MODULE.toc[1]);
		// Once the database is read, it wins over the glance.
		await reading.load(to);
		expect(reading.complete).toBe(false);
		expect(reading.resumeHeading).toBeUndefined();
	});

	it('offers to resume past the first heading only, naming a heading no longer in the module', async () => {
		const db = freshDB();
		const { to, reading } = readingOn(db);
		await recordReading(db, PROFILE_ID, MODULE.id, { lastHeading: 'intro', readFraction: 0.1 });
		await reading.load(to);
		expect(reading.shown?.status).toBe('in-progress');
		expect(reading.resumeHeading).toBeUndefined();
		await recordReading(db, PROFILE_ID, MODULE.id, { lastHeading: 'gone', readFraction: 0.2 });
		await reading.load(to);
		expect(reading.resumeHeading).toEqual({ id: 'gone', text: 'where you left off' });
	});

	it('saves the reading position once per heading and 5% step, keeping completion', async () => {
		const db = freshDB();
		await setModuleComplete(db, PROFILE_ID, MODULE.id, true);
		const { reading } = readingOn(db);
		reading.readFraction = 0.41;
		expect(await reading.savePosition(undefined)).toBe(false);
		expect(await reading.savePosition('seven-in-seven')).toBe(true);
		reading.readFraction = 0.42; // the same 5% step
		expect(await reading.savePosition('seven-in-seven')).toBe(false);
		reading.readFraction = 0.6;
		expect(await reading.savePosition('seven-in-seven')).toBe(true);
		expect(await getModuleProgress(db, PROFILE_ID, MODULE.id)).toMatchObject({
			status: 'complete',
			lastHeading: 'seven-in-seven',
			readFraction: 0.6
		});
	});

	it('ignores a reading position that could not be saved', async () => {
		const { reading } = readingOn(failingDB('moduleProgress'));
		reading.readFraction = 0.5;
		expect(await reading.savePosition('intro')).toBe(false);
		expect(reading.message).toBe('');
	});

	it('keeps the best knowledge-check score', async () => {
		const db = freshDB();
		const { reading } = readingOn(db);
		await reading.scored(0.8);
		await reading.scored(0.6);
		expect(reading.shown?.checkScore).toBe(0.8);
		expect((await getModuleProgress(db, PROFILE_ID, MODULE.id))?.checkScore).toBe(0.8);
	});

	it('imports the database code only on demand, so the module page does not load it up front', () => {
		const source = readFileSync(new URL('./module-reading.svelte.ts', import.meta.url), 'utf8');
		const values = source
			.split('\n')
			.filter((line) => /^import (?!type )/.test(line) && line.includes('$lib/progress'));
		expect(values).toEqual([]);
		expect(source).toContain("import('$lib/progress/on-demand')");
	});
});

describe('ModuleNote', () => {
	const glance = (note: string) => ({
		moduleId: MODULE.id,
		profile: profile(),
		profiles: [profile()],
		note
	});

	it('shows the glanced note, then saves what the learner typed', async () => {
		const db = freshDB();
		const to = { db, profileId: PROFILE_ID };
		const note = new ModuleNote(MODULE.id, { open: async () => to });
		expect(note.known).toBe(false);
		await note.sync(undefined, glance('first line'));
		expect(note.known).toBe(true);
		expect(note.text).toBe('first line');
		// The database opening does not replace what the learner has in the box.
		note.text = 'first line\nsecond line';
		await note.sync(to, glance('first line'));
		expect(note.text).toBe('first line\nsecond line');
		await note.save();
		expect(note.status).toBe('Saved on this device.');
		expect(await getNote(db, PROFILE_ID, MODULE.id)).toBe('first line\nsecond line');
	});

	it('merges what another tab saved meanwhile instead of overwriting it', async () => {
		const db = freshDB();
		const to = { db, profileId: PROFILE_ID };
		await saveNote(db, PROFILE_ID, MODULE.id, 'shared');
		const note = new ModuleNote(MODULE.id, { open: async () => to });
		await note.sync(to, undefined);
		expect(note.text).toBe('shared');
		await saveNote(db, PROFILE_ID, MODULE.id, 'shared\nfrom the other tab', 'shared');
		note.text = 'shared\nfrom this tab';
		await note.save();
		expect(note.text).toBe('shared\nfrom the other tab\nfrom this tab');
		expect(note.status).toBe(
			'Saved on this device, together with what another tab or window saved meanwhile.'
		);
		expect(await getNote(db, PROFILE_ID, MODULE.id)).toBe(note.text);
		// After the merge, this tab edits from the merged text: the next save is a plain one.
		note.text += '\nmore';
		await note.save();
		expect(note.status).toBe('Saved on this device.');
	});

	it('saves once the learner pauses typing', async () => {
		const db = freshDB();
		const to = { db, profileId: PROFILE_ID };
		const note = new ModuleNote(MODULE.id, { open: async () => to });
		await note.sync(to, undefined);
		note.text = 'a';
		note.typed(5);
		note.text = 'ab';
		note.typed(5);
		await expect.poll(() => note.status).toBe('Saved on this device.');
		expect(await getNote(db, PROFILE_ID, MODULE.id)).toBe('ab');
	});

	it('says in plain words when the note could not be saved, keeping the text', async () => {
		const db = failingDB('notes');
		const to = { db, profileId: PROFILE_ID };
		const note = new ModuleNote(MODULE.id, { open: async () => to });
		await note.sync(to, undefined);
		note.text = 'kept';
		await note.save();
		expect(note.text).toBe('kept');
		expect(note.status).toBe(
			'Something went wrong while saving. Nothing saved earlier was lost; please try again.'
		);
		expect(await getNote(db, PROFILE_ID, MODULE.id)).toBe('');
	});
});
