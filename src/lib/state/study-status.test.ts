import { describe, expect, it } from 'vitest';
import { getSetting, setSetting } from '$lib/progress/settings';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { PROFILE_ID, reviewCard } from '$lib/test-factories';
import { StudyStatus } from './study-status.svelte';

// Local noon on 10 March 2026.
const now = () => new Date(2026, 2, 10, 12);

describe('StudyStatus', () => {
	it('counts the reviews due now and the days until the exam', async () => {
		const db = freshDB();
		await db.reviewCards.bulkPut([
			reviewCard({ questionId: 'q1' }),
			reviewCard({ questionId: 'q2' }),
			reviewCard({ questionId: 'q3', due: '2026-04-01T00:00:00.000Z' })
		]);
		await setSetting(db, PROFILE_ID, 'examDate', '2026-03-20');
		const status = new StudyStatus(db, PROFILE_ID, now);
		expect(status.due).toBeUndefined();
		await status.load();
		expect(status.due).toBe(2);
		expect(status.examDate).toBe('2026-03-20');
		expect(status.days).toBe(10);
	});

	it('saves and clears the exam date', async () => {
		const db = freshDB();
		const status = new StudyStatus(db, PROFILE_ID, now);
		await status.load();
		expect(status.days).toBeUndefined();
		expect(await status.saveExamDate('2026-03-12')).toBe(true);
		expect(status.message).toBe('Exam date saved. Reviews will be scheduled to finish before it.');
		expect(status.days).toBe(2);
		expect(await getSetting(db, PROFILE_ID, 'examDate')).toBe('2026-03-12');
		expect(await status.saveExamDate('')).toBe(true);
		expect(status.message).toBe('Exam date cleared.');
		expect(await getSetting(db, PROFILE_ID, 'examDate')).toBeUndefined();
	});

	it('refuses a date it cannot read and says so, storing nothing', async () => {
		const db = freshDB();
		const status = new StudyStatus(db, PROFILE_ID, now);
		expect(await status.saveExamDate('15/03/2027')).toBe(false);
		expect(status.message).toBe('Please enter a date like 2027-03-15.');
		expect(await getSetting(db, PROFILE_ID, 'examDate')).toBeUndefined();
	});

	it('says in plain words when the date cannot be saved, and keeps the old one', async () => {
		const db = failingDB('settings', 2);
		await setSetting(db, PROFILE_ID, 'examDate', '2026-03-20');
		const status = new StudyStatus(db, PROFILE_ID, now);
		await status.load();
		expect(await status.saveExamDate('2026-04-01')).toBe(false);
		expect(status.message).toBe(
			'Something went wrong while saving. Nothing saved earlier was lost; please try again.'
		);
		expect(status.examDate).toBe('2026-03-20');
		expect(await getSetting(db, PROFILE_ID, 'examDate')).toBe('2026-03-20');
	});
});
