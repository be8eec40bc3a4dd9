/**
 * Loads and validates the whole course from the files in `content/`.
 * Pure: it takes file paths and texts and returns the course or every problem found,
 * each with its file, line and a message an author can act on.
 */
import * as v from 'valibot';
import { renderMarkdown, type Heading, type MarkdownContext } from './markdown.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import {
	CallScenarioSchema,
	ExamBlueprintSchema,
	GlossaryEntrySchema,
	JobAidFrontMatterSchema,
	ModuleFrontMatterSchema,
	PlanSchema,
	TRACKS,
	QuestionSchema,
	RuleSchema,
	EditionSchema,
	type CallScenario,
	type ExamBlueprint,
	type GlossaryEntry,
	type JobAidFrontMatter,
	type ModuleFrontMatter,
	type Plan,
	type Question,
	type Rule
} from './schema.ts';
import { nearDuplicates } from './similar.ts';
import { checkCallGraph, longestDecisionPath, MIN_DECISIONS } from './call-graph.ts';
import { parseYaml, splitFrontMatter, type FieldPath, type YamlSource } from './yaml-source.ts';

export interface Module extends ModuleFrontMatter {
	/** Path of the source file, for messages. */
	file: string;
	html: string;
	headings: Heading[];
	/** Plain text of the body, for search. */
	text: string;
	words: number;
}

export interface JobAid extends JobAidFrontMatter {
	/** Path of the source file, for messages. */
	file: string;
	html: string;
	/** Plain text of the body, for search. */
	text: string;
}

export interface BankQuestion extends Question {
	explanationHtml: string;
	/** The module that teaches it, from the file name `<domain>-<module id>.yaml`. */
	module: string;
}

export interface Course {
	rules: Rule[];
	/** The content edition: the day the rules registry was last checked (content/edition.yaml). */
	edition: string;
	glossary: GlossaryEntry[];
	modules: Module[];
	aids: JobAid[];
	questions: BankQuestion[];
	exams: ExamBlueprint[];
	calls: CallScenario[];
	plans: Plan[];
}

/** Content files by path relative to the project, e.g. "content/rules.yaml". */
export type ContentFiles = Record<string, string>;

type Located<T> = { value: T; file: string; at: FieldPath; source: YamlSource };

export function loadCourse(files: ContentFiles): { course?: Course; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const report = (file: string, message: string, source?: YamlSource, at?: FieldPath) =>
		problems.push({
			file,
			line: at && source?.lineOf(at),
			field: at?.length ? at.join('.') : undefined,
			message
		});

	/** Schema-checks one value; every issue becomes a problem with its line. */
	function validate<S extends v.GenericSchema>(
		schema: S,
		data: unknown,
		file: string,
		source: YamlSource,
		base: FieldPath = []
	): v.InferOutput<S> | undefined {
		const result = v.safeParse(schema, data);
		if (result.success) return result.output;
		for (const issue of result.issues) {
			const at = [...base, ...(issue.path?.map((p) => p.key as string | number) ?? [])];
			report(file, issue.message, source, at);
		}
		return undefined;
	}

	function readYaml(file: string): YamlSource | undefined {
		const { source, problems: syntax } = parseYaml(file, files[file] ?? '');
		problems.push(...syntax);
		return source;
	}

	/** Ids of entries that failed their schema: references to them are not reported again. */
	const brokenIds = new Set<string>();

	/** Validates a YAML list entry by entry, so one bad entry does not hide the others. */
	function eachItem<S extends v.GenericSchema>(
		schema: S,
		file: string,
		source: YamlSource,
		take: (value: v.InferOutput<S>, at: FieldPath) => void
	) {
		if (!Array.isArray(source.data)) {
			report(file, 'this file must be a list of entries, each starting with "- id:"', source, []);
			return;
		}
		source.data.forEach((item: unknown, i: number) => {
			const value = validate(schema, item, file, source, [i]);
			if (value) take(value, [i]);
			else {
				const { id, term } = (item ?? {}) as { id?: unknown; term?: unknown };
				if (typeof id === 'string') brokenIds.add(id);
				if (typeof term === 'string') brokenIds.add(term.toLowerCase());
			}
		});
	}

	const paths = Object.keys(files).sort();
	const under = (folder: string, ext: string) =>
		paths.filter((p) => p.startsWith(folder) && p.endsWith(ext));
	const known = new Set<string>();
	const take = (list: string[]) => (list.forEach((p) => known.add(p)), list);

	// ---- rules
	const rules: Located<Rule>[] = [];
	for (const file of take(under('content/rules.yaml', '.yaml'))) {
		const source = readYaml(file);
		if (!source) continue;
		eachItem(RuleSchema, file, source, (value, at) => rules.push({ value, file, at, source }));
	}
	if (!paths.includes('content/rules.yaml'))
		problems.push({ file: 'content/rules.yaml', message: 'the rules registry is missing' });

	// ---- edition: the rules registry's date, never older than a rule's own review
	let edition: string | undefined;
	for (const file of take(under('content/edition.yaml', '.yaml'))) {
		const source = readYaml(file);
		if (!source) continue;
		const value = validate(EditionSchema, source.data, file, source);
		if (!value) continue;
		edition = value.rules;
		const later = rules.find((r) => r.value.reviewed && r.value.reviewed > value.rules);
		if (later)
			report(
				file,
				`rule "${later.value.id}" was reviewed on ${later.value.reviewed}, after the edition date ${value.rules}: move the edition forward`,
				source,
				['rules']
			);
	}
	if (!paths.includes('content/edition.yaml'))
		problems.push({ file: 'content/edition.yaml', message: 'the content edition is missing' });

	// ---- glossary
	const glossary: Located<GlossaryEntry>[] = [];
	for (const file of take(under('content/glossary.yaml', '.yaml'))) {
		const source = readYaml(file);
		if (!source) continue;
		eachItem(GlossaryEntrySchema, file, source, (value, at) =>
			glossary.push({ value, file, at, source })
		);
	}

	// ---- questions
	const questions: Located<Question & { module: string }>[] = [];
	for (const file of take(under('content/questions/', '.yaml'))) {
		const source = readYaml(file);
		if (!source) continue;
		const fileDomain = file.slice('content/questions/'.length).replace(/\.yaml$/, '');
		eachItem(QuestionSchema, file, source, (value, at) => {
			if (fileDomain !== value.domain && !fileDomain.startsWith(value.domain + '-'))
				report(file, `domain "${value.domain}" does not match the file name`, source, [
					...at,
					'domain'
				]);
			const module = fileDomain.slice(value.domain.length + 1);
			questions.push({ value: { ...value, module }, file, at, source });
		});
	}

	// ---- single-object YAML files
	function readEach<S extends v.GenericSchema>(folder: string, schema: S) {
		const out: Located<v.InferOutput<S>>[] = [];
		for (const file of take(under(folder, '.yaml'))) {
			const source = readYaml(file);
			if (!source) continue;
			const value = validate(schema, source.data, file, source);
			const id = (source.data as { id?: unknown })?.id;
			if (!value) {
				if (typeof id === 'string') brokenIds.add(id);
				continue;
			}
			const expected = file.slice(folder.length).replace(/\.yaml$/, '');
			if ((value as { id: string }).id !== expected)
				report(
					file,
					`id "${(value as { id: string }).id}" must match the file name "${expected}"`,
					source,
					['id']
				);
			out.push({ value, file, at: [], source });
		}
		return out;
	}
	const exams = readEach('content/exams/', ExamBlueprintSchema);
	const calls = readEach('content/calls/', CallScenarioSchema);
	const plans = readEach('content/plans/', PlanSchema);

	/** A Markdown file's front matter, checked against `schema`, and its body; undefined if broken. */
	function readMarkdown<S extends v.GenericSchema>(file: string, schema: S, kind: string) {
		const parts = splitFrontMatter(files[file] ?? '');
		if (!parts) {
			problems.push({
				file,
				line: 1,
				message: `${kind} starts with front matter between --- lines`
			});
			return undefined;
		}
		const { source, problems: syntax } = parseYaml(file, parts.yaml, 2);
		problems.push(...syntax);
		if (!source) return undefined;
		const value = validate(schema, source.data, file, source);
		if (!value) {
			const id = (source.data as { id?: unknown })?.id;
			if (typeof id === 'string') brokenIds.add(id);
			return undefined;
		}
		return {
			value,
			file,
			at: [],
			source,
			body: parts.body,
			bodyFirstLine: parts.bodyFirstLine
		};
	}

	// ---- modules (front matter now, bodies once the rules and glossary are known)
	const modules: (Located<ModuleFrontMatter> & { body: string; bodyFirstLine: number })[] = [];
	for (const file of take(under('content/modules/', '.md'))) {
		const read = readMarkdown(file, ModuleFrontMatterSchema, 'a module');
		if (!read) continue;
		const { value, source } = read;
		const match = /^content\/modules\/([^/]+)\/(\d+)-[a-z0-9-]+\.md$/.exec(file);
		if (!match) {
			report(file, 'a module file is named content/modules/<track>/<NN>-<slug>.md', source);
			continue;
		}
		if (match[1] !== value.track)
			report(file, `track "${value.track}" does not match the folder "${match[1]}"`, source, [
				'track'
			]);
		if (Number(match[2]) !== value.order)
			report(file, `order ${value.order} does not match the file number ${match[2]}`, source, [
				'order'
			]);
		modules.push(read);
	}

	// ---- job aids: content/aids/<id>.md, front matter and a Markdown body like a module
	const aids: (Located<JobAidFrontMatter> & { body: string; bodyFirstLine: number })[] = [];
	for (const file of take(under('content/aids/', '.md'))) {
		const read = readMarkdown(file, JobAidFrontMatterSchema, 'a job aid');
		if (!read) continue;
		const expected = file.slice('content/aids/'.length).replace(/\.md$/, '');
		if (read.value.id !== expected)
			report(file, `id "${read.value.id}" must match the file name "${expected}"`, read.source, [
				'id'
			]);
		aids.push(read);
	}

	for (const file of paths)
		if (file.startsWith('content/') && !known.has(file) && !file.endsWith('README.md'))
			problems.push({
				file,
				message: 'this file is not part of any content format and would be ignored'
			});

	// ---- unique ids
	function indexById<T extends { id: string }>(items: Located<T>[], kind: string) {
		const byId = new Map<string, Located<T>>();
		for (const item of items) {
			const first = byId.get(item.value.id);
			if (first)
				report(
					item.file,
					`duplicate ${kind} id "${item.value.id}" (first in ${first.file})`,
					item.source,
					[...item.at, 'id']
				);
			else byId.set(item.value.id, item);
		}
		return byId;
	}
	const rulesById = indexById(rules, 'rule');
	const glossaryById = indexById(glossary, 'glossary');
	const questionsById = indexById(questions, 'question');
	const modulesById = indexById(modules, 'module');
	indexById(aids, 'job aid');
	const examsById = indexById(exams, 'exam');
	const callsById = indexById(calls, 'call');
	indexById(plans, 'plan');

	function mustExist(
		ids: readonly string[],
		index: Map<string, unknown>,
		kind: string,
		item: Located<unknown>,
		field: string
	) {
		ids.forEach((id, i) => {
			if (!index.has(id) && !brokenIds.has(id))
				report(item.file, `no ${kind} with id "${id}"`, item.source, [...item.at, field, i]);
		});
	}

	// ---- glossary lookups: a term links by its id, its wording or an alias, in any letter case
	const termIndex = new Map<string, GlossaryEntry>();
	for (const { value } of glossary)
		for (const key of [value.id, value.term, ...value.aliases])
			termIndex.set(key.toLowerCase(), value);
	for (const item of glossary) {
		mustExist(item.value.related, glossaryById, 'glossary term', item, 'related');
		mustExist(item.value.rules, rulesById, 'rule', item, 'rules');
	}

	const context: MarkdownContext = {
		findTerm: (word) =>
			termIndex.get(word.toLowerCase()) ??
			(brokenIds.has(word.toLowerCase()) ? { id: word, definition: '' } : undefined),
		findRule: (id) =>
			rulesById.get(id)?.value ?? (brokenIds.has(id) ? { citation: id, summary: '' } : undefined)
	};

	// ---- module bodies
	const builtModules: Module[] = [];
	for (const item of modules) {
		const m = item.value;
		mustExist(m.prerequisites, modulesById, 'module', item, 'prerequisites');
		mustExist(m.rules, rulesById, 'rule', item, 'rules');
		mustExist(m.check, questionsById, 'question', item, 'check');
		const rendered = renderMarkdown(item.body, context, m.id);
		for (const p of rendered.problems) {
			const index = item.body.indexOf(p.snippet);
			const line =
				index < 0
					? undefined
					: item.bodyFirstLine + item.body.slice(0, index).split('\n').length - 1;
			problems.push({ file: item.file, line, message: p.message });
		}
		builtModules.push({
			...m,
			file: item.file,
			html: rendered.html,
			headings: rendered.headings,
			text: rendered.text,
			words: rendered.text.split(/\s+/).filter(Boolean).length
		});
	}
	const builtById = new Map(builtModules.map((m) => [m.id, m]));

	// ---- job aid bodies: rendered like modules; every rule cited is listed in the front matter
	const builtAids: JobAid[] = [];
	for (const item of aids) {
		const a = item.value;
		mustExist(a.modules, modulesById, 'module', item, 'modules');
		mustExist(a.rules, rulesById, 'rule', item, 'rules');
		const lineOf = (snippet: string) => {
			const index = item.body.indexOf(snippet);
			return index < 0
				? undefined
				: item.bodyFirstLine + item.body.slice(0, index).split('\n').length - 1;
		};
		const rendered = renderMarkdown(item.body, context, a.id);
		for (const p of rendered.problems)
			problems.push({ file: item.file, line: lineOf(p.snippet), message: p.message });
		for (const [snippet, id] of item.body.matchAll(/\{rule:([a-z0-9-]+)\}/g))
			if (id && rulesById.has(id) && !a.rules.includes(id))
				problems.push({
					file: item.file,
					line: lineOf(snippet),
					message: `the text cites rule "${id}"; list it in the front matter's rules too`
				});
		builtAids.push({ ...a, file: item.file, html: rendered.html, text: rendered.text });
	}

	// ---- rules: each is taught by a real module heading
	for (const item of rules) {
		const [moduleId, headingId] = item.value.module.split('#');
		const module = builtById.get(moduleId ?? '');
		if (!module)
			report(item.file, `no module with id "${moduleId}"`, item.source, [...item.at, 'module']);
		else if (!module.headings.some((h) => h.id === headingId))
			report(
				item.file,
				`module "${moduleId}" has no heading with id "${headingId}" (its headings: ${module.headings.map((h) => h.id).join(', ')})`,
				item.source,
				[...item.at, 'module']
			);
	}

	// ---- questions
	const builtQuestions: BankQuestion[] = [];
	const misnamed = new Set<string>();
	for (const item of questions) {
		mustExist(item.value.rules, rulesById, 'rule', item, 'rules');
		if (!modulesById.has(item.value.module) && !misnamed.has(item.file)) {
			misnamed.add(item.file);
			report(
				item.file,
				`a question file is named content/questions/<domain>-<module id>.yaml, and no module has the id "${item.value.module}"`,
				item.source
			);
		}
		const rendered = renderMarkdown(item.value.explanation, context, item.value.id);
		for (const p of rendered.problems)
			report(item.file, p.message, item.source, [...item.at, 'explanation']);
		builtQuestions.push({ ...item.value, explanationHtml: rendered.html });
	}
	const located = new Map(questions.map((q) => [q.value.id, q]));
	for (const { item, like, score } of nearDuplicates(questions.map((q) => q.value))) {
		const at = located.get(item.id)!;
		report(
			at.file,
			`the stem is nearly the same as question "${like.id}" (${Math.round(score * 100)}% of its words); ask about a different situation`,
			at.source,
			[...at.at, 'stem']
		);
	}

	// ---- exams: the bank must be able to fill every form
	for (const item of exams) {
		for (const [domain, weight] of Object.entries(item.value.domains)) {
			const needed = Math.ceil((item.value.questions * weight) / 100);
			const have = questions.filter((q) => q.value.domain === domain).length;
			if (brokenIds.size) continue; // counts are meaningless while questions are broken
			if (have < needed)
				report(
					item.file,
					`needs ${needed} questions in domain "${domain}" but the bank has ${have}`,
					item.source,
					['domains', domain]
				);
		}
	}

	// ---- calls
	for (const item of calls) {
		const graph = checkCallGraph(item.value);
		for (const p of graph) report(item.file, p.message, item.source, p.at);
		const decisions = graph.length ? MIN_DECISIONS : longestDecisionPath(item.value);
		if (decisions < MIN_DECISIONS)
			report(
				item.file,
				`the longest path has ${decisions} learner decisions; a call needs at least ${MIN_DECISIONS}`,
				item.source,
				['start']
			);
		for (const [nodeId, node] of Object.entries(item.value.nodes)) {
			node.choices?.forEach((choice, c) =>
				choice.compliance?.forEach((entry, k) => {
					if (!rulesById.has(entry.rule) && !brokenIds.has(entry.rule))
						report(item.file, `no rule with id "${entry.rule}"`, item.source, [
							'nodes',
							nodeId,
							'choices',
							c,
							'compliance',
							k,
							'rule'
						]);
				})
			);
			node.variants?.forEach((variant, v) => {
				const rule = variant.when.violated;
				if (rule && !rulesById.has(rule) && !brokenIds.has(rule))
					report(item.file, `no rule with id "${rule}"`, item.source, [
						'nodes',
						nodeId,
						'variants',
						v,
						'when',
						'violated'
					]);
			});
			if (node.input && !rulesById.has(node.input.rule) && !brokenIds.has(node.input.rule))
				report(item.file, `no rule with id "${node.input.rule}"`, item.source, [
					'nodes',
					nodeId,
					'input',
					'rule'
				]);
		}
		if (!isTimeZone(item.value.persona.timeZone))
			report(
				item.file,
				`"${item.value.persona.timeZone}" is not a time zone (use one like America/Chicago)`,
				item.source,
				['persona', 'timeZone']
			);
	}

	// ---- plans
	for (const item of plans)
		item.value.weeks.forEach((week, w) => {
			const at = { ...item, at: ['weeks', w] };
			mustExist(week.modules, modulesById, 'module', at, 'modules');
			mustExist(week.calls, callsById, 'call', at, 'calls');
			mustExist(week.exams, examsById, 'exam', at, 'exams');
			mustExist(week.audits ?? [], callsById, 'call', at, 'audits');
		});
	for (const item of plans) {
		const rules = item.value.completion;
		if (!rules) continue;
		const at = { ...item, at: ['completion'] };
		mustExist(rules.modules, modulesById, 'module', at, 'modules');
		mustExist(rules.calls, callsById, 'call', at, 'calls');
		mustExist(rules.exams, examsById, 'exam', at, 'exams');
	}

	if (problems.length) return { problems };
	// Course order: the tracks as a newcomer meets them (law first), then each track's own order.
	const byOrder = (a: Module, b: Module) =>
		TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track) || a.order - b.order;
	return {
		problems,
		course: {
			rules: rules.map((r) => r.value),
			edition: edition!,
			glossary: glossary.map((g) => g.value).sort((a, b) => a.term.localeCompare(b.term)),
			modules: builtModules.sort(byOrder),
			aids: builtAids.sort((a, b) => a.title.localeCompare(b.title)),
			questions: builtQuestions,
			exams: exams.map((e) => e.value),
			calls: calls.map((c) => c.value),
			plans: plans.map((p) => p.value)
		}
	};
}

/** Loads the course or throws one error listing every problem. */
export function loadCourseOrThrow(files: ContentFiles): Course {
	const { course, problems } = loadCourse(files);
	if (!course) throw new ContentError(problems);
	return course;
}

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
