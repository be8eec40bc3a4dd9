import { describe, expect, it } from 'vitest';
import { examsInProgress, type OpenSessionFacts } from './in-progress';

const NOW = new Date('2026-11-30T12:00:00Z');
const session = (over: Partial<OpenSessionFacts>): OpenSessionFacts => ({
	id: 's1',
	blueprintId: 'pcs',
	mode: 'timed',
	questionIds: ['a', 'b', 'c', 'd'],
	answers: {},
	startedAt: '2026-11-30T11:30:00Z',
	...over
});
const titles: Record<string, string> = { pcs: 'PCS practice exam' };

describe('examsInProgress', () => {
	it('lists unsubmitted exams, newest first, with answers given and time left', () => {
		const list = examsInProgress(
			[
				session({ id: 'old', startedAt: '2026-11-29T09:00:00Z', mode: 'tutor' }),
				session({
					id: 'new',
					answers: { a: {}, b: {} },
					deadline: '2026-11-30T12:42:10Z'
				}),
				session({ id: 'done', submittedAt: '2026-11-30T11:50:00Z' })
			],
			(id) => titles[id],
			NOW
		);
		expect(list.map((e) => e.sessionId)).toEqual(['new', 'old']);
		expect(list[0]).toMatchObject({
			title: 'PCS practice exam',
			answered: 2,
			total: 4,
			secondsLeft: 42 * 60 + 10,
			timeUp: false
		});
		expect(list[1]!.secondsLeft).toBeUndefined();
	});

	it('says when the clock ran out while the learner was away', () => {
		const [exam] = examsInProgress(
			[session({ deadline: '2026-11-30T11:59:00Z' })],
			(id) => titles[id],
			NOW
		);
		expect(exam).toMatchObject({ secondsLeft: 0, timeUp: true });
	});

	it('names a custom quiz by its own title, and an unknown blueprint plainly', () => {
		const list = examsInProgress(
			[
				session({ id: 'c', blueprintId: 'custom', title: 'Custom quiz: TCPA' }),
				session({ id: 'x', blueprintId: 'retired', startedAt: '2026-11-30T10:00:00Z' })
			],
			(id) => titles[id],
			NOW
		);
		expect(list.map((e) => e.title)).toEqual(['Custom quiz: TCPA', 'Practice exam']);
	});
});
