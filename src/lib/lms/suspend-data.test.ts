import { describe, expect, it } from 'vitest';
import { loadCourseOrThrow } from '$lib/content/load';
import { readContentFiles } from '$lib/content/read-files.server';
import {
	decodeSuspend,
	encodeSuspend,
	mergeCarried,
	SUSPEND_LIMIT,
	type Carried
} from './suspend-data';

const sample: Carried = {
	modules: ['the-job', 'call-frequency'],
	exams: { pcs: 87.5, chc: 60 },
	calls: ['wrong-number']
};

describe('suspend_data', () => {
	it('round-trips', () => {
		expect(decodeSuspend(encodeSuspend(sample))).toEqual(sample);
		const empty = { modules: [], exams: {}, calls: [] };
		expect(decodeSuspend(encodeSuspend(empty))).toEqual(empty);
	});

	it('reads nothing from empty, foreign or broken data, without throwing', () => {
		for (const text of ['', null, undefined, 'abc', '2|m:x', '{"json":true}'])
			expect(decodeSuspend(text)).toBeUndefined();
		expect(decodeSuspend('1|e:pcs=abc,chc=120,hcm=75|m:bad id,ok')).toEqual({
			modules: ['ok'],
			exams: { hcm: 75 },
			calls: []
		});
	});

	it('fits 4,096 characters for a learner who did everything in the course', () => {
		const course = loadCourseOrThrow(readContentFiles(process.cwd()));
		const everything: Carried = {
			modules: course.modules.map((m) => m.id),
			exams: Object.fromEntries(course.exams.map((e) => [e.id, 99.9])),
			calls: course.calls.map((c) => c.id)
		};
		const text = encodeSuspend(everything);
		expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
		// Nothing was left out to fit.
		expect(decodeSuspend(text)).toEqual(everything);
	}, 60_000);

	it('never passes the limit: exams, then calls, then modules are kept while they fit', () => {
		const huge: Carried = {
			modules: Array.from({ length: 300 }, (_, i) => `module-with-a-long-name-${i}`),
			exams: { pcs: 90 },
			calls: ['wrong-number']
		};
		const text = encodeSuspend(huge);
		expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
		const back = decodeSuspend(text)!;
		expect(back.exams).toEqual({ pcs: 90 });
		expect(back.calls).toEqual(['wrong-number']);
		expect(back.modules.length).toBeGreaterThan(50);
		expect(huge.modules.slice(0, back.modules.length)).toEqual(back.modules);
	});

	it('merges: every module and call, the better exam percent', () => {
		expect(
			mergeCarried(sample, { modules: ['new-one'], exams: { pcs: 70, hcm: 80 }, calls: [] })
		).toEqual({
			modules: ['the-job', 'call-frequency', 'new-one'],
			exams: { pcs: 87.5, chc: 60, hcm: 80 },
			calls: ['wrong-number']
		});
	});
});
