import { beforeEach, describe, expect, it } from 'vitest';
import {
	getModuleProgress,
	listModuleProgress,
	recordCheckScore,
	recordReading,
	setModuleComplete
} from './module-progress';
import { getNote, mergeNotes, saveNote } from './notes';
import { AcademyDB } from './db';
import { freshDB } from './test-db';

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
});

describe('module progress', () => {
	it('marks a module complete and back', async () => {
		await setModuleComplete(db, 'p1', 'm1', true);
		const done = await getModuleProgress(db, 'p1', 'm1');
		expect(done?.status).toBe('complete');
		expect(done?.completedAt).toBeTruthy();
		await setModuleComplete(db, 'p1', 'm1', false);
		expect((await getModuleProgress(db, 'p1', 'm1'))?.status).toBe('in-progress');
	});

	it('remembers the last heading and never lowers how far the learner read', async () => {
		await recordReading(db, 'p1', 'm1', { lastHeading: 'disputes', readFraction: 0.6 });
		await recordReading(db, 'p1', 'm1', { lastHeading: 'overshadowing', readFraction: 0.3 });
		const p = await getModuleProgress(db, 'p1', 'm1');
		expect(p?.lastHeading).toBe('overshadowing');
		expect(p?.readFraction).toBe(0.6);
		expect(p?.status).toBe('in-progress');
	});

	it('keeps completion when reading continues, and keeps the best check score', async () => {
		await setModuleComplete(db, 'p1', 'm1', true);
		await recordReading(db, 'p1', 'm1', { lastHeading: 'a', readFraction: 1 });
		await recordCheckScore(db, 'p1', 'm1', 0.8);
		await recordCheckScore(db, 'p1', 'm1', 0.4);
		const p = await getModuleProgress(db, 'p1', 'm1');
		expect(p?.status).toBe('complete');
		expect(p?.checkScore).toBe(0.8);
	});

	it('keeps each profile apart', async () => {
		await setModuleComplete(db, 'p1', 'm1', true);
		await setModuleComplete(db, 'p2', 'm2', true);
		expect((await listModuleProgress(db, 'p1')).map((p) => p.moduleId)).toEqual(['m1']);
	});
});

describe('notes', () => {
	it('saves, replaces and removes an emptied note', async () => {
		await saveNote(db, 'p1', 'm1', 'Ask about the 7-in-7 count');
		expect(await getNote(db, 'p1', 'm1')).toBe('Ask about the 7-in-7 count');
		await saveNote(db, 'p1', 'm1', '  ');
		expect(await getNote(db, 'p1', 'm1')).toBe('');
		expect(await db.notes.count()).toBe(0);
	});

	it('a note saved from two tabs keeps what each wrote', async () => {
		await saveNote(db, 'p1', 'm1', 'Seven in seven.');
		// Both tabs opened the note as 'Seven in seven.'; the first saves an added line.
		const base = 'Seven in seven.';
		await saveNote(db, 'p1', 'm1', 'Seven in seven.\nAsk about weekends.', base);
		// The second, still editing from the old text, adds its own line.
		const merged = await saveNote(db, 'p1', 'm1', 'Seven in seven.\nCheck the time zone.', base);
		expect(merged).toBe('Seven in seven.\nAsk about weekends.\nCheck the time zone.');
		expect(await getNote(db, 'p1', 'm1')).toBe(merged);
		// A tab editing from the latest text simply saves it.
		expect(await saveNote(db, 'p1', 'm1', 'Rewritten.', merged)).toBe('Rewritten.');
	});

	it('merges two versions of a note without losing either', () => {
		expect(mergeNotes('a', 'a\nb')).toBe('a\nb');
		expect(mergeNotes('a\nb', 'a')).toBe('a\nb');
		expect(mergeNotes('first tab', 'second tab')).toBe('first tab\nsecond tab');
		expect(mergeNotes('x\n', '')).toBe('x\n');
	});

	it('keeps every stored field on the next scroll, even one added after this code', async () => {
		// An unchecked database: the record carries a field no schema lists yet.
		const plain = new AcademyDB(`reading-${Date.now()}`);
		await setModuleComplete(plain, 'p1', 'm1', true);
		await recordCheckScore(plain, 'p1', 'm1', 0.8);
		const stored = (await getModuleProgress(plain, 'p1', 'm1'))!;
		await plain.moduleProgress.put(Object.assign(stored, { bookmark: 'disputes' }));

		await recordReading(plain, 'p1', 'm1', { lastHeading: 'validation', readFraction: 0.5 });
		expect(await getModuleProgress(plain, 'p1', 'm1')).toMatchObject({
			status: 'complete',
			checkScore: 0.8,
			completedAt: stored.completedAt,
			lastHeading: 'validation',
			readFraction: 0.5,
			bookmark: 'disputes'
		});
	});
});
