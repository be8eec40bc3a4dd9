import { describe, expect, it } from 'vitest';
import { loadCourseOrThrow } from '$lib/content/load';
import { readContentFiles } from '$lib/content/read-files.server';
import { answer } from '$lib/test-factories';
import {
	attemptItems,
	averageSeconds,
	domainTrend,
	filterCounts,
	formatSeconds,
	letterWhyNot,
	matchesFilter,
	missedIds,
	whyNotLetters
} from './analysis';

// q1 right, q2 wrong and flagged, q3 unanswered and flagged, q4 wrong.
const session = {
	questionIds: ['q1', 'q2', 'q3', 'q4'],
	answers: {
		q1: answer(0, { seconds: 12 }),
		q2: answer(2, { seconds: 30 }),
		q4: answer(1, { seconds: 75 })
	},
	flags: ['q3', 'q2']
};
const items = attemptItems(session, () => 0);

describe('attemptItems', () => {
	it('marks each question right, wrong or unanswered, with its flag and time', () => {
		expect(items).toEqual([
			{ index: 0, questionId: 'q1', status: 'right', flagged: false, seconds: 12 },
			{ index: 1, questionId: 'q2', status: 'wrong', flagged: true, seconds: 30 },
			{ index: 2, questionId: 'q3', status: 'unanswered', flagged: true },
			{ index: 3, questionId: 'q4', status: 'wrong', flagged: false, seconds: 75 }
		]);
	});

	it('counts and filters by wrong, flagged and unanswered', () => {
		expect(filterCounts(items)).toEqual({ all: 4, wrong: 2, flagged: 2, unanswered: 1 });
		expect(items.filter((i) => matchesFilter(i, 'wrong')).map((i) => i.questionId)).toEqual([
			'q2',
			'q4'
		]);
		expect(items.filter((i) => matchesFilter(i, 'flagged')).map((i) => i.questionId)).toEqual([
			'q2',
			'q3'
		]);
		expect(filterCounts([])).toEqual({ all: 0, wrong: 0, flagged: 0, unanswered: 0 });
	});

	it('lists the misses (wrong and unanswered) in the order asked', () => {
		expect(missedIds(items)).toEqual(['q2', 'q3', 'q4']);
	});

	it('averages the time over answered questions only', () => {
		expect(averageSeconds(items)).toBe(39);
		expect(averageSeconds(items.filter((i) => i.status === 'unanswered'))).toBeUndefined();
		expect(formatSeconds(39)).toBe('39s');
		expect(formatSeconds(75)).toBe('1m 15s');
		expect(formatSeconds(62.4)).toBe('1m 02s');
		expect(formatSeconds(undefined)).toBe('—');
	});
});

describe('why-not letters', () => {
	it('gives each wrong option, in stored order, the letter it was shown with', () => {
		// Shown C, A, D, B: stored 0 is shown as B, 1 as D, 2 as A, 3 as C. Answer is stored 2.
		expect(whyNotLetters([2, 0, 3, 1], 2)).toEqual(['B', 'D', 'C']);
		expect(whyNotLetters([0, 1, 2, 3], 0)).toEqual(['B', 'C', 'D']);
	});

	it('letters the bullets of the last list when there is one per wrong option', () => {
		const html = '<p>Why.</p>\n<ul>\n<li>First.</li>\n<li>Second.</li>\n<li>Third.</li>\n</ul>\n';
		expect(letterWhyNot(html, ['B', 'D', 'C'])).toBe(
			'<p>Why.</p>\n<ul>\n<li><strong class="why-letter">B.</strong> First.</li>\n' +
				'<li><strong class="why-letter">D.</strong> Second.</li>\n' +
				'<li><strong class="why-letter">C.</strong> Third.</li>\n</ul>\n'
		);
	});

	it('leaves an explanation alone when its bullets do not match the wrong options', () => {
		const two = '<ul>\n<li>One.</li>\n<li>Two.</li>\n</ul>';
		expect(letterWhyNot(two, ['A', 'B', 'C'])).toBe(two);
		expect(letterWhyNot('<p>No list.</p>', ['A'])).toBe('<p>No list.</p>');
	});

	it('letters every explanation in the bank: one why-not bullet per wrong option', () => {
		const course = loadCourseOrThrow(readContentFiles(process.cwd()));
		const unlettered = course.questions.filter((q) => {
			const order = q.options.map((_, i) => i);
			const answer = q.options.findIndex((o) => o.correct);
			const html = letterWhyNot(q.explanationHtml, whyNotLetters(order, answer));
			return html === q.explanationHtml;
		});
		expect(unlettered.map((q) => q.id)).toEqual([]);
	}, 60_000);
});

describe('domainTrend', () => {
	it('gives each domain its score per attempt, blank where an attempt had none', () => {
		const rows = domainTrend(
			[
				{ byDomain: { law: { correct: 1, total: 2 }, calls: { correct: 0, total: 1 } } },
				{ byDomain: { law: { correct: 2, total: 2 }, ar: { correct: 3, total: 4 } } }
			],
			['law', 'calls']
		);
		expect(rows).toEqual([
			{ domain: 'law', percents: [50, 100] },
			{ domain: 'calls', percents: [0, undefined] },
			{ domain: 'ar', percents: [undefined, 75] }
		]);
		expect(domainTrend([])).toEqual([]);
	});
});
