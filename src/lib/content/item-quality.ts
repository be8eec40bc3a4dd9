/**
 * Test-wiseness checks on the assessments: can a learner who knows nothing score by picking the
 * longest option, by trusting absolute words, or by picking the longest line on a call? These
 * figures are computed over the whole bank, each question file and each exam blueprint, and the
 * content test fails when they cross the limits below.
 */
import { drawExam } from '../exam/draw.ts';
import { seededRandom } from '../exam/random.ts';
import type { CallScenario, ExamBlueprint, Question } from './schema.ts';

/** The limits `npm test` holds the content to. */
export const ITEM_LIMITS = {
	/** Share of the bank whose correct option is strictly the longest. */
	bankLongestShare: 0.3,
	/** The same share within any one question file. */
	fileLongestShare: 0.45,
	/** What "always pick the longest option" scores on a drawn form, as a share. */
	longestStrategyScore: 0.35,
	/** How far the absolute-word share of distractors may exceed that of correct options. */
	absoluteWordGap: 0.1,
	/** Share of call decision points whose best line is strictly the longest. */
	callLongestShare: 0.35
} as const;

/** Seeded forms drawn per blueprint for the longest-option strategy. */
export const STRATEGY_DRAWS = 200;

const ABSOLUTE = /\b(always|never|only|all|every|none|must)\b/i;

type Item = Pick<Question, 'id' | 'options' | 'domain'>;

const correctIndex = (q: Item) => q.options.findIndex((o) => o.correct);

/** True when the correct option has more characters than every other option. */
export function correctIsStrictlyLongest(q: Item): boolean {
	const right = q.options[correctIndex(q)]!.text.length;
	return q.options.every((o, i) => i === correctIndex(q) || o.text.length < right);
}

/** What picking the longest option earns on this question: 1, 0, or 1/k when k options tie. */
export function longestPickCredit(q: Item): number {
	const lengths = q.options.map((o) => o.text.trim().length);
	const max = Math.max(...lengths);
	const tied = lengths.flatMap((l, i) => (l === max ? [i] : []));
	return tied.includes(correctIndex(q)) ? 1 / tied.length : 0;
}

export const hasAbsoluteWord = (text: string) => ABSOLUTE.test(text);

/** Questions by the file they are written in: content/questions/<domain>-<id prefix>.yaml. */
export function byQuestionFile<T extends Item>(questions: readonly T[]): Map<string, T[]> {
	const files = new Map<string, T[]>();
	for (const q of questions) {
		const file = `${q.domain}-${q.id.replace(/-\d+$/, '')}.yaml`;
		files.set(file, [...(files.get(file) ?? []), q]);
	}
	return files;
}

export interface ShareFigure {
	name: string;
	items: number;
	longest: number;
	share: number;
}

export interface ItemQualityReport {
	bank: ShareFigure;
	/** One per question file, worst first. */
	files: ShareFigure[];
	blueprints: { id: string; longestShare: number; longestStrategyScore: number }[];
	/** How often the correct answer sits at A, B, C and D where options are shown unshuffled. */
	letters: [number, number, number, number];
	absolute: { distractorShare: number; correctShare: number };
}

function shareOf(name: string, items: readonly Item[]): ShareFigure {
	const longest = items.filter(correctIsStrictlyLongest).length;
	return { name, items: items.length, longest, share: items.length ? longest / items.length : 0 };
}

/** `files` maps a question file's name to the questions it holds. */
export function itemQualityReport(
	files: ReadonlyMap<string, readonly Item[]>,
	blueprints: readonly Pick<ExamBlueprint, 'id' | 'questions' | 'domains'>[]
): ItemQualityReport {
	const bank = [...files.values()].flat();
	const byId = new Map(bank.map((q) => [q.id, q]));
	const examBank = bank.map((q) => ({
		id: q.id,
		domain: q.domain,
		answer: correctIndex(q),
		optionCount: q.options.length
	}));

	const blueprintFigures = blueprints.map((b) => {
		const random = seededRandom(20261129);
		let credit = 0;
		let asked = 0;
		for (let draw = 0; draw < STRATEGY_DRAWS; draw++) {
			const form = drawExam(b, examBank, Math.floor(random() * 2 ** 31));
			for (const id of form.questionIds) credit += longestPickCredit(byId.get(id)!);
			asked += form.questionIds.length;
		}
		const pool = bank.filter((q) => q.domain in b.domains);
		return {
			id: b.id,
			longestShare: shareOf(b.id, pool).share,
			longestStrategyScore: asked ? credit / asked : 0
		};
	});

	const letters: [number, number, number, number] = [0, 0, 0, 0];
	for (const q of bank) letters[correctIndex(q)]! += 1;

	const distractors = bank.flatMap((q) => q.options.filter((o) => !o.correct));
	const corrects = bank.map((q) => q.options[correctIndex(q)]!);
	const absoluteShare = (options: { text: string }[]) =>
		options.length ? options.filter((o) => hasAbsoluteWord(o.text)).length / options.length : 0;

	return {
		bank: shareOf('the whole bank', bank),
		files: [...files]
			.map(([name, items]) => shareOf(name, items))
			.sort((a, b) => b.share - a.share || a.name.localeCompare(b.name)),
		blueprints: blueprintFigures,
		letters,
		absolute: {
			distractorShare: absoluteShare(distractors),
			correctShare: absoluteShare(corrects)
		}
	};
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Plain messages for each limit the report breaks, naming the worst files. */
export function itemQualityProblems(report: ItemQualityReport): string[] {
	const problems: string[] = [];
	const worst = report.files
		.slice(0, 5)
		.map((f) => `${f.name} ${pct(f.share)}`)
		.join(', ');
	if (report.bank.share > ITEM_LIMITS.bankLongestShare)
		problems.push(
			`the correct option is strictly the longest in ${pct(report.bank.share)} of the bank (limit ${pct(ITEM_LIMITS.bankLongestShare)}); worst files: ${worst}`
		);
	for (const f of report.files)
		if (f.share > ITEM_LIMITS.fileLongestShare)
			problems.push(
				`${f.name}: the correct option is strictly the longest in ${f.longest} of ${f.items} questions (${pct(f.share)}, limit ${pct(ITEM_LIMITS.fileLongestShare)})`
			);
	for (const b of report.blueprints)
		if (b.longestStrategyScore > ITEM_LIMITS.longestStrategyScore)
			problems.push(
				`always picking the longest option scores ${pct(b.longestStrategyScore)} on ${b.id} (limit ${pct(ITEM_LIMITS.longestStrategyScore)})`
			);
	const gap = report.absolute.distractorShare - report.absolute.correctShare;
	if (gap > ITEM_LIMITS.absoluteWordGap)
		problems.push(
			`absolute words (always, never, only, all, every, none, must) appear in ${pct(report.absolute.distractorShare)} of distractors but ${pct(report.absolute.correctShare)} of correct options (gap limit ${pct(ITEM_LIMITS.absoluteWordGap)})`
		);
	return problems;
}

// ---------------------------------------------------------------- calls

export interface CallChoiceReport {
	decisionPoints: number;
	bestIsLongest: number;
	share: number;
	/** Per scenario, worst first. */
	scenarios: { id: string; decisionPoints: number; bestIsLongest: number }[];
	/** Choices with no compliance list at all (the schema refuses these; kept for the printout). */
	unjudged: number;
}

/**
 * The best line at a decision point: no violation, then the most rapport plus progress. A node
 * where every line breaks a rule, or with a single choice, is not a decision point for this figure.
 */
export function bestChoices(choices: CallScenario['nodes'][string]['choices']): number[] {
	if (!choices || choices.length < 2) return [];
	const clean = choices.flatMap((c, i) =>
		c.compliance.some((m) => m.verdict === 'violation') ? [] : [i]
	);
	if (!clean.length) return [];
	const worth = (i: number) => choices[i]!.rapport + choices[i]!.progress;
	const top = Math.max(...clean.map(worth));
	return clean.filter((i) => worth(i) === top);
}

export function callChoiceReport(calls: readonly CallScenario[]): CallChoiceReport {
	const scenarios = calls.map((call) => {
		let decisionPoints = 0;
		let bestIsLongest = 0;
		for (const node of Object.values(call.nodes)) {
			const best = bestChoices(node.choices);
			if (!best.length || !node.choices) continue;
			decisionPoints++;
			const lengths = node.choices.map((c) => c.text.length);
			const max = Math.max(...lengths);
			const longest = lengths.flatMap((l, i) => (l === max ? [i] : []));
			if (longest.length === 1 && best.includes(longest[0]!)) bestIsLongest++;
		}
		return { id: call.id, decisionPoints, bestIsLongest };
	});
	const decisionPoints = scenarios.reduce((a, s) => a + s.decisionPoints, 0);
	const bestIsLongest = scenarios.reduce((a, s) => a + s.bestIsLongest, 0);
	return {
		decisionPoints,
		bestIsLongest,
		share: decisionPoints ? bestIsLongest / decisionPoints : 0,
		scenarios: scenarios.sort(
			(a, b) =>
				b.bestIsLongest / (b.decisionPoints || 1) - a.bestIsLongest / (a.decisionPoints || 1)
		),
		unjudged: calls
			.flatMap((c) => Object.values(c.nodes))
			.flatMap((n) => n.choices ?? [])
			.filter((c) => !Array.isArray(c.compliance)).length
	};
}

export function callChoiceProblems(report: CallChoiceReport): string[] {
	if (report.share <= ITEM_LIMITS.callLongestShare) return [];
	const worst = report.scenarios
		.slice(0, 5)
		.map((s) => `${s.id} ${s.bestIsLongest}/${s.decisionPoints}`)
		.join(', ');
	return [
		`the best line is strictly the longest at ${report.bestIsLongest} of ${report.decisionPoints} call decision points (${pct(report.share)}, limit ${pct(ITEM_LIMITS.callLongestShare)}); worst calls: ${worst}`
	];
}

/** The figures as printed by the build and the content report. */
export function describeFigures(items: ItemQualityReport, calls: CallChoiceReport): string[] {
	const [a, b, c, d] = items.letters;
	return [
		`Correct option strictly the longest: ${pct(items.bank.share)} of ${items.bank.items} questions (limit ${pct(ITEM_LIMITS.bankLongestShare)}; worst file ${items.files[0]?.name ?? '-'} ${pct(items.files[0]?.share ?? 0)}, limit ${pct(ITEM_LIMITS.fileLongestShare)})`,
		`"Always pick the longest option" scores: ${items.blueprints.map((x) => `${x.id} ${pct(x.longestStrategyScore)}`).join(', ')} (limit ${pct(ITEM_LIMITS.longestStrategyScore)}, ${STRATEGY_DRAWS} forms each)`,
		`Correct letter as written: A ${a}, B ${b}, C ${c}, D ${d} (options are shuffled wherever they are shown)`,
		`Absolute words: ${pct(items.absolute.distractorShare)} of distractors, ${pct(items.absolute.correctShare)} of correct options (gap limit ${pct(ITEM_LIMITS.absoluteWordGap)})`,
		`Calls: best line strictly the longest at ${calls.bestIsLongest} of ${calls.decisionPoints} decision points (${pct(calls.share)}, limit ${pct(ITEM_LIMITS.callLongestShare)})`
	];
}
