import { describe, expect, it } from 'vitest';
import { localInputValue, zonedToInstant } from './local-time.ts';

describe('zonedToInstant on the days clocks change', () => {
	it('finds 8:00 a.m. on the spring-forward day west of New York', () => {
		// Los Angeles changes at 10:00 UTC; 8:00 a.m. PDT that morning is 15:00 UTC, not 16:00.
		expect(zonedToInstant('2028-03-12T08:00', 'America/Los_Angeles').toISOString()).toBe(
			'2028-03-12T15:00:00.000Z'
		);
		expect(zonedToInstant('2026-03-08T08:00', 'America/Denver').toISOString()).toBe(
			'2026-03-08T14:00:00.000Z'
		);
		expect(zonedToInstant('2026-03-08T08:00', 'America/Anchorage').toISOString()).toBe(
			'2026-03-08T16:00:00.000Z'
		);
	});

	it('round-trips every quarter hour across both 2026 changes in four zones', () => {
		for (const zone of [
			'America/New_York',
			'America/Chicago',
			'America/Los_Angeles',
			'America/Adak'
		])
			for (const day of ['2026-03-07', '2026-03-08', '2026-03-09', '2026-10-31', '2026-11-01'])
				for (let m = 0; m < 1440; m += 15) {
					const local = `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
					const back = localInputValue(zonedToInstant(local, zone), zone);
					// Only the skipped hour of the spring-forward night moves (forward by the gap).
					if (back !== local) {
						expect(day).toBe('2026-03-08');
						expect(m >= 120 && m < 180).toBe(true);
					}
				}
	});
});
