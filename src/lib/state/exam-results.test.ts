import { describe, expect, it } from 'vitest';
import { getSession, startSession, submitSession } from '$lib/progress/exam-sessions';
import { freshDB } from '$lib/progress/test-db';
import { bank, examResult, newSession, questionView } from '$lib/test-factories';
import { ExamResults } from './exam-results.svelte';

const questions = bank(['q1', 'q2', 'q3'].map((id) => questionView(id)));

describe('ExamResults', () => {
	it('shows a submitted exam and removes it on request', async () => {
		const db = freshDB();
		const session = await startSession(db, newSession());
		await submitSession(db, session.id, () => examResult());
		const view = new ExamResults(db, questions);
		await view.load(session.id);
		expect(view.problem).toBe('');
		expect(view.broken).toBe('');
		expect(view.session?.result).toEqual(examResult());
		expect(await view.remove()).toBe(true);
		expect(await getSession(db, session.id)).toBeUndefined();
	});

	it('says so when the link names no submitted exam on this device', async () => {
		const db = freshDB();
		const open = await startSession(db, newSession());
		for (const id of [open.id, 'nothing']) {
			const view = new ExamResults(db, questions);
			await view.load(id);
			expect(view.session).toBeUndefined();
			expect(view.problem).toBe('No submitted exam with this link was found on this device.');
		}
	});
});
