import type { Plugin } from 'vite';
import { loadCourse } from './load.ts';
import { formatProblem } from './problems.ts';
import {
	byQuestionFile,
	callChoiceReport,
	describeFigures,
	itemQualityReport
} from './item-quality.ts';
import { readContentFiles } from './read-files.server.ts';

/**
 * Checks all of content/ before the build starts, so an authoring mistake stops `vite build`
 * with a list of file:line messages instead of a stack trace from deep inside prerendering.
 */
export function contentCheck(root = process.cwd()): Plugin {
	return {
		name: 'collections-academy:content-check',
		buildStart() {
			const { course, problems } = loadCourse(readContentFiles(root));
			if (course) {
				const items = itemQualityReport(byQuestionFile(course.questions), course.exams);
				const calls = callChoiceReport(course.calls);
				this.info(['Item quality:', ...describeFigures(items, calls)].join('\n  '));
			}
			if (!problems.length) return;
			const message =
				`The course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map((p) => '  ' + formatProblem(p)).join('\n');
			this.error(message);
		}
	};
}
