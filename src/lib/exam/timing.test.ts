import { describe, expect, it } from 'vitest';
import { describeTiming, minutesAllowed, TIMING_CHOICES, timingOf } from './timing';

describe('timing accommodations', () => {
	it('scales the clock, rounding up to whole minutes', () => {
		expect(minutesAllowed(90, 'standard')).toBe(90);
		expect(minutesAllowed(90, 'time-and-a-half')).toBe(135);
		expect(minutesAllowed(45, 'time-and-a-half')).toBe(68);
		expect(minutesAllowed(90, 'double')).toBe(180);
		expect(minutesAllowed(90, 'untimed')).toBeUndefined();
	});

	it('describes each choice with its minutes, in the order offered', () => {
		expect(TIMING_CHOICES.map((t) => describeTiming(60, t))).toEqual([
			'Standard time: 60 minutes',
			'Time and a half (1.5×): 90 minutes',
			'Double time (2×): 120 minutes',
			'Untimed'
		]);
	});

	it('reads older timed records as standard, and tutor sessions as having no timing', () => {
		expect(timingOf({ mode: 'timed' })).toBe('standard');
		expect(timingOf({ mode: 'timed', timing: 'double' })).toBe('double');
		expect(timingOf({ mode: 'tutor' })).toBeUndefined();
	});
});
