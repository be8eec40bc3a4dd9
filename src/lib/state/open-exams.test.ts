import { beforeEach, describe, expect, it } from 'vitest';
import type { AcademyDB } from '$lib/progress/db';
import { freshDB } from '$lib/progress/test-db';
import { examResult, examSession, PROFILE_ID } from '$lib/test-factories';
import { OpenExams } from './open-exams.svelte';

const NOW = new Date('2026-03-09T15:20:00.000Z');
const titles: Record<string, string> = { mini: 'Mini practice exam' };

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
});

describe('OpenExams', () => {
	it('shows nothing for a learner with no exam in progress', async () => {
		await db.examSessions.add(
			examSession({ id: 'done', submittedAt: '2026-03-09T15:10:00.000Z', result: examResult() })
		);
		const open = new OpenExams(
			db,
			PROFILE_ID,
			(id) => titles[id],
			() => NOW
		);
		await open.load();
		expect(open.loaded).toBe(true);
		expect(open.exams).toEqual([]);
	});

	it("shows this profile's unsubmitted exam with its time left, not another profile's", async () => {
		await db.examSessions.bulkAdd([
			examSession({
				id: 'mine',
				blueprintId: 'mini',
				deadline: '2026-03-09T15:30:00.000Z',
				answers: {}
			}),
			examSession({ id: 'theirs', profileId: 'p2', blueprintId: 'mini' })
		]);
		const open = new OpenExams(
			db,
			PROFILE_ID,
			(id) => titles[id],
			() => NOW
		);
		await open.load();
		expect(open.exams).toEqual([
			expect.objectContaining({
				sessionId: 'mine',
				title: 'Mini practice exam',
				secondsLeft: 600,
				timeUp: false
			})
		]);
	});
});
