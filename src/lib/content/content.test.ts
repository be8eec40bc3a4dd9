import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems.ts';
import { loadCourse } from './load.ts';
import { readContentFiles } from './read-files.server.ts';

// The real course: every file in content/ must load without a single problem.
describe('the course in content/', () => {
	const { course, problems } = loadCourse(readContentFiles(process.cwd()));

	it('has no content problems', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('teaches every rule in the registry in some module', () => {
		const cited = new Set(course?.modules.flatMap((m) => m.rules));
		expect(course?.rules.filter((r) => !cited.has(r.id)).map((r) => r.id)).toEqual([]);
	});
});
