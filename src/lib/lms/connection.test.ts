import { describe, expect, it } from 'vitest';
import type { Scorm12Api } from './api';
import { LmsConnection } from './connection';

function fakeApi(over: Partial<Scorm12Api> = {}) {
	const values = new Map<string, string>();
	let lastError = '0';
	const api: Scorm12Api = {
		LMSInitialize: () => 'true',
		LMSFinish: () => 'true',
		LMSCommit: () => 'true',
		LMSGetValue: (k) => values.get(k) ?? '',
		LMSSetValue: (k, v) => (values.set(k, v), 'true'),
		LMSGetLastError: () => lastError,
		LMSGetErrorString: (code) => `message ${code}`,
		...over
	};
	return { api, values, setError: (code: string) => (lastError = code) };
}

const logger = () => {
	const lines: string[] = [];
	return { lines, warn: (...args: unknown[]) => lines.push(args.map(String).join(' ')) };
};

describe('LmsConnection', () => {
	it('sets and reads values, and does not send a value the LMS already has', () => {
		let sets = 0;
		const fake = fakeApi();
		const lms = new LmsConnection(
			{ ...fake.api, LMSSetValue: (k, v) => (sets++, fake.api.LMSSetValue(k, v)) },
			logger()
		);
		expect(lms.initialize()).toBe(true);
		lms.set('cmi.core.lesson_status', 'incomplete');
		lms.set('cmi.core.lesson_status', 'incomplete');
		expect(sets).toBe(1);
		expect(lms.get('cmi.core.lesson_status')).toBe('incomplete');
		expect(lms.failures).toEqual([]);
	});

	it('logs a call that returns "false" and sends it again next time', () => {
		const log = logger();
		let sets = 0;
		const lms = new LmsConnection({ ...fakeApi().api, LMSSetValue: () => (sets++, 'false') }, log);
		expect(() => lms.set('cmi.core.score.raw', '80')).not.toThrow();
		lms.set('cmi.core.score.raw', '80');
		expect(sets).toBe(2);
		expect(log.lines[0]).toMatch(/LMSSetValue cmi\.core\.score\.raw failed \(returned "false"\)/);
	});

	it('logs a call that throws, and one that leaves an error code', () => {
		const log = logger();
		const fake = fakeApi({
			LMSCommit: () => {
				throw new Error('network down');
			}
		});
		const lms = new LmsConnection(fake.api, log);
		expect(lms.commit()).toBe(false);
		fake.setError('405');
		expect(lms.get('cmi.core.student_name')).toBe('');
		expect(log.lines).toEqual([
			'SCORM: LMSCommit failed (threw: Error: network down)',
			'SCORM: LMSGetValue cmi.core.student_name failed (error 405: message 405)'
		]);
	});
});
