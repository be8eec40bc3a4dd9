import { describe, expect, it } from 'vitest';
import { lessonStatus, scoreRaw, sessionTime } from './cmi';

describe('lessonStatus', () => {
	it('is incomplete until the rules are met', () => {
		expect(lessonStatus({ met: false, failed: false })).toBe('incomplete');
	});
	it('is passed when met with an exam score, completed when met with no exam', () => {
		expect(lessonStatus({ met: true, failed: false, score: 90 })).toBe('passed');
		expect(lessonStatus({ met: true, failed: false })).toBe('completed');
	});
	it('is failed while a required exam or call was tried and not passed', () => {
		expect(lessonStatus({ met: false, failed: true, score: 40 })).toBe('failed');
	});
});

describe('scoreRaw', () => {
	it('rounds the exam score to a whole number from 0 to 100', () => {
		expect(scoreRaw({ score: 86.7, done: 1, total: 3 })).toBe(87);
		expect(scoreRaw({ score: 0, done: 0, total: 3 })).toBe(0);
		expect(scoreRaw({ score: 100, done: 3, total: 3 })).toBe(100);
	});
	it('without an exam, is the share of required items done', () => {
		expect(scoreRaw({ done: 1, total: 3 })).toBe(33);
		expect(scoreRaw({ done: 0, total: 0 })).toBe(100);
	});
});

describe('sessionTime', () => {
	it('is HHHH:MM:SS.SS', () => {
		expect(sessionTime(0)).toBe('0000:00:00.00');
		expect(sessionTime(1234)).toBe('0000:00:01.23');
		expect(sessionTime(((2 * 60 + 5) * 60 + 9) * 1000 + 870)).toBe('0002:05:09.87');
		expect(sessionTime(59_999)).toBe('0000:01:00.00');
	});
	it('never goes negative or past 9999 hours', () => {
		expect(sessionTime(-5000)).toBe('0000:00:00.00');
		expect(sessionTime(Number.NaN)).toBe('0000:00:00.00');
		expect(sessionTime(20_000 * 3600 * 1000)).toBe('9999:59:59.99');
	});
	it('matches the CMITimespan pattern', () => {
		for (const ms of [0, 999, 61_010, 3_600_000 * 123])
			expect(sessionTime(ms)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
	});
});
