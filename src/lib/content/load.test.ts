import { describe, expect, it } from 'vitest';
import { longestDecisionPath } from './call-graph.ts';
import { loadCourse, loadCourseOrThrow } from './load.ts';
import { formatProblem } from './problems.ts';
import { validFiles } from './test-course.ts';

function problemsWith(change: (files: Record<string, string>) => void): string[] {
	const files = validFiles();
	change(files);
	return loadCourse(files).problems.map(formatProblem);
}

const replace = (
	files: Record<string, string>,
	path: string,
	from: string | RegExp,
	to: string
) => {
	const before = files[path]!;
	files[path] = before.replace(from, to);
	if (files[path] === before) throw new Error(`fixture text not found: ${from}`);
};

describe('loadCourse on a valid course', () => {
	const course = loadCourseOrThrow(validFiles());

	it('loads every format', () => {
		expect(course.rules).toHaveLength(1);
		expect(course.edition).toBe('2026-11-29');
		expect(course.glossary.map((g) => g.id)).toEqual(['consumer', 'debt']);
		expect(course.modules[0]?.headings.map((h) => h.id)).toEqual(['convenient-times']);
		expect(course.questions[0]?.explanationHtml).toContain('class="cite"');
		expect(course.exams[0]?.passPercent).toBe(85);
		expect(course.calls[0]?.persona.timeZone).toBe('America/Chicago');
		expect(course.plans[0]?.weeks[0]?.modules).toEqual(['comms']);
		expect(course.aids.map((a) => [a.id, a.modules])).toEqual([['time-card', ['comms']]]);
	});

	it('renders a job aid like a module, with citations and glossary links', () => {
		const aid = course.aids[0]!;
		expect(aid.html).toContain('<h2 id="the-window">The window</h2>');
		expect(aid.html).toContain('<a class="cite" href="/rules#fdcpa-1692c-a1-time"');
		expect(aid.html).toMatch(/<a href="\/glossary#consumer"[^>]*>consumer<\/a>/);
		expect(aid.text).toContain('After 8 a.m. and before 9 p.m.');
	});

	it('renders callouts, glossary links and citations', () => {
		const html = course.modules[0]!.html;
		expect(html).toContain('<aside class="callout callout-pitfall"');
		expect(html).toContain('<p class="callout-title">Time zones</p>');
		expect(html).toMatch(/<a href="\/glossary#consumer"[^>]*>consumers<\/a>/);
		expect(html).toContain('<a class="cite" href="/rules#fdcpa-1692c-a1-time"');
		expect(html).toContain('15 U.S.C. §1692c(a)(1)</a>');
	});

	it('shows raw HTML in content as text, never as markup', () => {
		const files = validFiles();
		files['content/modules/law/01-comms.md'] += '\n<script>alert(1)</script>\n';
		const html = loadCourseOrThrow(files).modules[0]!.html;
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;');
	});
});

describe('loadCourse reports broken content with file, line and a plain message', () => {
	it('an unknown rule id in a module body', () => {
		const problems = problemsWith((f) =>
			replace(
				f,
				'content/modules/law/01-comms.md',
				'{rule:fdcpa-1692c-a1-time}',
				'{rule:no-such-rule}'
			)
		);
		expect(problems).toEqual([
			'content/modules/law/01-comms.md:19: no rule "no-such-rule" in rules.yaml'
		]);
	});

	it('an unknown glossary term', () => {
		const problems = problemsWith((f) =>
			replace(f, 'content/modules/law/01-comms.md', '[[debt]]', '[[garnishee]]')
		);
		expect(problems).toEqual(['content/modules/law/01-comms.md:22: no glossary term "garnishee"']);
	});

	it('an edition older than a rule review, or none', () => {
		expect(
			problemsWith((f) => replace(f, 'content/edition.yaml', '2026-11-29', '2026-11-01'))
		).toEqual([
			'content/edition.yaml:1 (rules): rule "fdcpa-1692c-a1-time" was reviewed on 2026-11-23, after the edition date 2026-11-01: move the edition forward'
		]);
		expect(problemsWith((f) => delete f['content/edition.yaml'])).toEqual([
			'content/edition.yaml: the content edition is missing'
		]);
	});

	it('a missing field', () => {
		const problems = problemsWith((f) => replace(f, 'content/rules.yaml', / {2}summary: .*\n/, ''));
		expect(problems).toEqual(['content/rules.yaml:1 (0.summary): missing field "summary"']);
	});

	it('a wrong type', () => {
		const problems = problemsWith((f) =>
			replace(f, 'content/questions/fdcpa-regf-comms.yaml', 'difficulty: 1', 'difficulty: easy')
		);
		expect(problems).toEqual([
			'content/questions/fdcpa-regf-comms.yaml:13 (0.difficulty): difficulty must be a number'
		]);
	});

	it('an unknown field', () => {
		const problems = problemsWith((f) =>
			replace(f, 'content/glossary.yaml', '  term: debt\n', '  term: debt\n  defintion: typo\n')
		);
		expect(problems).toEqual(['content/glossary.yaml:7 (1.defintion): unknown field "defintion"']);
	});

	it('an unknown question id in a knowledge check', () => {
		const problems = problemsWith((f) =>
			replace(f, 'content/modules/law/01-comms.md', 'check: [q-time]', 'check: [q-time, q-missing]')
		);
		expect(problems).toEqual([
			'content/modules/law/01-comms.md:12 (check.1): no question with id "q-missing"'
		]);
	});

	it('an unknown module id in a plan', () => {
		const problems = problemsWith((f) =>
			replace(f, 'content/plans/starter.yaml', '[comms]', '[comms, nope]')
		);
		expect(problems).toEqual([
			'content/plans/starter.yaml:7 (weeks.0.modules.1): no module with id "nope"'
		]);
	});

	it('an unknown exam in the completion rules of a plan', () => {
		const problems = problemsWith((f) =>
			replace(
				f,
				'content/plans/starter.yaml',
				'weeks:',
				'completion:\n  modules: [comms]\n  exams: [nope]\nweeks:'
			)
		);
		expect(problems).toEqual([
			'content/plans/starter.yaml:6 (completion.exams.0): no exam with id "nope"'
		]);
	});

	it('a rule pointing at a heading the module does not have', () => {
		const problems = problemsWith((f) =>
			replace(f, 'content/rules.yaml', '#convenient-times', '#hours')
		);
		expect(problems).toEqual([
			'content/rules.yaml:5 (0.module): module "comms" has no heading with id "hours" (its headings: convenient-times)'
		]);
	});

	it('a question without exactly one correct option', () => {
		const problems = problemsWith((f) =>
			replace(
				f,
				'content/questions/fdcpa-regf-comms.yaml',
				'    - text: Yes, on weekends.',
				'    - text: Yes, on weekends.\n      correct: true'
			)
		);
		expect(problems).toEqual([
			'content/questions/fdcpa-regf-comms.yaml:1 (0): exactly one option must be marked correct: true'
		]);
	});

	it('YAML that cannot be read', () => {
		const problems = problemsWith((f) =>
			replace(f, 'content/glossary.yaml', '  term: consumer', '  term: [consumer')
		);
		expect(problems[0]).toMatch(/^content\/glossary\.yaml:\d+: the YAML cannot be read/);
	});

	it('a question file whose name names no module', () => {
		const problems = problemsWith((f) => {
			f['content/questions/fdcpa-regf-timing.yaml'] = f['content/questions/fdcpa-regf-comms.yaml']!;
			delete f['content/questions/fdcpa-regf-comms.yaml'];
		});
		expect(problems).toEqual([
			'content/questions/fdcpa-regf-timing.yaml: a question file is named content/questions/<domain>-<module id>.yaml, and no module has the id "timing"'
		]);
	});

	it('a duplicate id', () => {
		const problems = problemsWith((f) => {
			f['content/questions/fdcpa-regf-comms-more.yaml'] =
				f['content/questions/fdcpa-regf-comms.yaml']!;
		});
		expect(problems).toContain(
			'content/questions/fdcpa-regf-comms.yaml:1 (0.id): duplicate question id "q-time" (first in content/questions/fdcpa-regf-comms-more.yaml)'
		);
	});

	it('a reworded copy of a question stem', () => {
		const problems = problemsWith((f) => {
			f['content/questions/fdcpa-regf-comms-more.yaml'] = f[
				'content/questions/fdcpa-regf-comms.yaml'
			]!.replace('q-time', 'q-time-again').replace(
				'You call at 9:30 p.m. her time. Is that allowed?',
				'You phone at 9:30 p.m. in her time zone. Is that allowed?'
			);
		});
		expect(problems).toContain(
			'content/questions/fdcpa-regf-comms.yaml:2 (0.stem): the stem is nearly the same as question "q-time-again" (63% of its words); ask about a different situation'
		);
	});

	it('a call node that cannot be reached, and a path that never ends', () => {
		const problems = problemsWith((f) =>
			replace(
				f,
				'content/calls/hello.yaml',
				'  done:\n',
				'  loop:\n    line: Again?\n    choices:\n      - text: Again.\n        next: loop\n        feedback: Round we go.\n        compliance: []\n  done:\n'
			)
		);
		expect(problems).toEqual([
			'content/calls/hello.yaml:36 (nodes.loop): node "loop" cannot be reached from the start'
		]);
	});

	it('a call choice pointing at a missing node', () => {
		const problems = problemsWith((f) =>
			replace(f, 'content/calls/hello.yaml', 'next: done', 'next: gone')
		);
		expect(problems).toEqual([
			'content/calls/hello.yaml:26 (nodes.open.choices.0.next): no node "gone"'
		]);
	});

	it('a call choice with no compliance judgment', () => {
		const problems = problemsWith((f) =>
			replace(
				f,
				'content/calls/hello.yaml',
				/feedback: Fine too.\n {8}compliance: \[\]\n/,
				'feedback: Fine too.\n'
			)
		);
		expect(problems).toEqual([
			'content/calls/hello.yaml:31 (nodes.open.choices.1.compliance): missing field "compliance"'
		]);
	});

	it('a line variant that names a missing node or rule', () => {
		const problems = problemsWith((f) =>
			replace(
				f,
				'content/calls/hello.yaml',
				'    line: Yes, bye.\n',
				'    line: Yes, bye.\n    variants:\n      - when: { visited: [nowhere] }\n        line: Fine.\n      - when: { violated: no-such-rule }\n        line: Hmm.\n'
			)
		);
		expect(problems.map((p) => p.replace(/^content\/calls\/hello.yaml:\d+ /, ''))).toEqual([
			'(nodes.done.variants.0.when.visited.0): no node "nowhere"',
			'(nodes.done.variants.1.when.violated): no rule with id "no-such-rule"'
		]);
	});

	it('an exam the bank cannot fill', () => {
		const problems = problemsWith((f) =>
			replace(f, 'content/exams/mini.yaml', 'questions: 1', 'questions: 5')
		);
		expect(problems).toEqual([
			'content/exams/mini.yaml:10 (domains.fdcpa-regf): needs 5 questions in domain "fdcpa-regf" but the bank has 1'
		]);
	});

	it('a file that belongs to no format', () => {
		const problems = problemsWith((f) => (f['content/modules/law/notes.txt'] = 'hello'));
		expect(problems).toEqual([
			'content/modules/law/notes.txt: this file is not part of any content format and would be ignored'
		]);
	});

	it('a job aid naming a module that does not exist', () => {
		const problems = problemsWith((f) =>
			replace(f, 'content/aids/time-card.md', 'modules: [comms]', 'modules: [comms, calls]')
		);
		expect(problems).toEqual([
			'content/aids/time-card.md:5 (modules.1): no module with id "calls"'
		]);
	});

	it('a job aid whose id is not its file name, or that has no module', () => {
		const problems = problemsWith((f) => {
			replace(f, 'content/aids/time-card.md', 'id: time-card', 'id: hours-card');
			replace(f, 'content/aids/time-card.md', 'modules: [comms]', 'modules: []');
		});
		expect(problems).toEqual([
			'content/aids/time-card.md:5 (modules): modules needs at least 1 item'
		]);
		const renamed = problemsWith((f) =>
			replace(f, 'content/aids/time-card.md', 'id: time-card', 'id: hours-card')
		);
		expect(renamed).toEqual([
			'content/aids/time-card.md:2 (id): id "hours-card" must match the file name "time-card"'
		]);
	});

	it('a job aid citing a rule it does not list, or an unknown rule', () => {
		const unlisted = problemsWith((f) =>
			replace(f, 'content/aids/time-card.md', 'rules: [fdcpa-1692c-a1-time]', 'rules: []')
		);
		expect(unlisted).toEqual([
			'content/aids/time-card.md:11: the text cites rule "fdcpa-1692c-a1-time"; list it in the front matter\'s rules too'
		]);
		const unknown = problemsWith((f) =>
			replace(
				f,
				'content/aids/time-card.md',
				'is {rule:fdcpa',
				'is {rule:no-such-rule} {rule:fdcpa'
			)
		);
		expect(unknown).toEqual(['content/aids/time-card.md:11: no rule "no-such-rule" in rules.yaml']);
	});

	it('a bad time zone', () => {
		const problems = problemsWith((f) =>
			replace(f, 'content/calls/hello.yaml', 'America/Chicago', 'Central')
		);
		expect(problems).toEqual([
			'content/calls/hello.yaml:10 (persona.timeZone): "Central" is not a time zone (use one like America/Chicago)'
		]);
	});

	it('throws one error listing every problem', () => {
		const files = validFiles();
		replace(files, 'content/rules.yaml', '#convenient-times', '#hours');
		expect(() => loadCourseOrThrow(files)).toThrow(
			/The course content has 1 problem:\n {2}content\/rules\.yaml:5/
		);
	});
});

describe('call scenarios are long enough to practise a whole call', () => {
	it('counts the decisions on the longest path', () => {
		const call = loadCourseOrThrow(validFiles()).calls[0]!;
		expect(longestDecisionPath(call)).toBe(8);
	});

	it('refuses a scenario with fewer than 8 decisions', () => {
		const problems = problemsWith((f) => {
			replace(f, 'content/calls/hello.yaml', 'next: step-2', 'next: step-3');
			replace(f, 'content/calls/hello.yaml', / {2}step-2:\n(?: {4}.*\n)+?(?= {2}step-3:)/, '');
		});
		expect(problems).toEqual([
			'content/calls/hello.yaml:20 (start): the longest path has 7 learner decisions; a call needs at least 8'
		]);
	});
});
