/**
 * QA call audits: a finished call, built by walking a scenario's graph with the call engine, for
 * the learner to audit line by line. The answer key is the scenario's own verdicts on the lines
 * the walk chose; scoring is precision and recall over the lines the learner flags.
 */
import type { CallScenario } from '$lib/content/schema';
import { decide, lineAt, type CallStep, type Decision } from '$lib/calls/conversation';
import { localDate } from '$lib/calls/local-time';
import { checkPhrases } from '$lib/calls/phrases';
import type { PlanOffer } from '$lib/calls/plan-offer';
import { addDays } from './dates.ts';
import { Chance, reseed } from './types.ts';

export interface AuditLine {
	/** 1-based line number, as printed. */
	n: number;
	speaker: string;
	text: string;
	/** The collector's own line: the lines an auditor judges. */
	collector: boolean;
}

export interface AuditKeyLine {
	line: number;
	/** Rules this line breaks; empty for a compliant line. */
	violations: string[];
	/** Rules this line handles lawfully. */
	ok: string[];
	/** The scenario's feedback on the line. */
	feedback: string;
}

export interface Audit {
	id: string;
	title: string;
	summary: string;
	persona: { name: string; role: string; state: string };
	account: { creditor: string; type: string; balance: number; status: string };
	callDate: string;
	lines: AuditLine[];
	/** One entry per collector line. */
	key: AuditKeyLine[];
	/** The rules an auditor chooses from: every rule the scenario judges. */
	rules: string[];
}

/** Audits with fewer or more violations than this are not offered. */
export const MIN_VIOLATIONS = 1;
export const MAX_VIOLATIONS = 4;

export const COLLECTOR = 'Jordan (collector)';
const DISCLOSURE =
	"This is Jordan with Apex Recovery Services. I'm a debt collector attempting to collect a debt, and any information obtained will be used for that purpose.";
const NO_DISCLOSURE =
	"This is Jordan with Apex Recovery Services, and I'm calling about your account.";

const breaks = (d: Decision) => d.compliance.some((m) => m.verdict === 'violation');

/** FNV-1a of the scenario id: each scenario always gets the same audit. */
function seedOf(id: string): number {
	let hash = 0x811c9dc5;
	for (const ch of id) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
	return hash % 2 ** 31;
}

/** One walk from the start to an end, leaning towards lawful or unlawful lines by `lean`. */
function walk(scenario: CallScenario, c: Chance, callDate: string): Decision[] | undefined {
	const lean = 0.15 + c.float() * 0.35;
	const decisions: Decision[] = [];
	const visited = new Set<string>();
	let current = scenario.start;
	while (decisions.length < 40) {
		const node = scenario.nodes[current];
		if (!node) return undefined;
		if (node.outcome) return decisions;
		visited.add(current);
		// Each option with whether it breaks a rule and where it leads, judged as the engine will.
		const base = { node: current, at: '' };
		const options: { step: CallStep; breaks: boolean; next: string }[] = [];
		node.choices?.forEach((choice, i) =>
			options.push({
				step: { ...base, kind: 'choice', choice: i },
				breaks: choice.compliance.some((m) => m.verdict === 'violation'),
				next: choice.next
			})
		);
		if (node.input)
			for (const text of [DISCLOSURE, NO_DISCLOSURE])
				options.push({
					step: { ...base, kind: 'input', text },
					breaks: !checkPhrases(text, node.input.requires).passed,
					next: node.input.next
				});
		if (node.plan) {
			const offers: PlanOffer[] = [{ kind: 'full', firstPaymentOn: callDate }];
			for (let n = 2; n <= node.plan.maxInstallments; n++)
				offers.push({
					kind: 'installments',
					installments: n,
					firstPaymentOn: addDays(callDate, 7)
				});
			if (node.plan.minSettlementPercent)
				offers.push({
					kind: 'settlement',
					amount: Math.ceil((scenario.account.balance * node.plan.minSettlementPercent) / 100),
					firstPaymentOn: callDate
				});
			const judged = offers.map((offer) =>
				decide(scenario, { ...base, kind: 'plan', offer }, callDate, decisions)
			);
			// An accepted offer when there is one: a declined one only loops back to the offer.
			const accepted = judged.filter((d) => !('error' in d) && d.offerCheck?.accepted);
			for (const d of accepted.length ? accepted : judged)
				if (!('error' in d))
					options.push({
						step: { ...base, kind: 'plan', offer: d.offer! },
						breaks: false,
						next: d.next
					});
		}
		// Prefer lines that go somewhere new, so a walk never circles.
		const fresh = options.filter((o) => !visited.has(o.next));
		const pool = fresh.length ? fresh : options;
		const bad = pool.filter((o) => o.breaks);
		const good = pool.filter((o) => !o.breaks);
		const pick = bad.length && (c.chance(lean) || !good.length) ? c.pick(bad) : c.pick(good);
		if (!pick) return undefined;
		const decision = decide(scenario, pick.step, callDate, decisions);
		if ('error' in decision) return undefined;
		decisions.push(decision);
		current = decision.next;
	}
	return undefined;
}

/**
 * The scenario's audit: the walk with two or three violations (else one or four) that has the most
 * decisions, or nothing if no walk has between one and four.
 */
export function buildAudit(scenario: CallScenario): Audit | undefined {
	const callDate = localDate(new Date(scenario.dialAt), scenario.persona.timeZone);
	const seed = seedOf(scenario.id);
	let best: { rank: number; decisions: Decision[] } | undefined;
	let found = 0;
	for (let attempt = 0; attempt < 300 && found < 40; attempt++) {
		const decisions = walk(scenario, new Chance(reseed(seed, attempt)), callDate);
		if (!decisions) continue;
		const count = decisions.filter(breaks).length;
		if (count < MIN_VIOLATIONS || count > MAX_VIOLATIONS) continue;
		found++;
		const rank = (count === 2 || count === 3 ? 1000 : 0) + decisions.length;
		if (!best || rank > best.rank) best = { rank, decisions };
	}
	if (!best) return undefined;

	const lines: AuditLine[] = [];
	const key: AuditKeyLine[] = [];
	const persona = scenario.persona.name;
	for (const d of best.decisions) {
		lines.push({ n: lines.length + 1, speaker: d.speaker, text: d.line, collector: false });
		lines.push({ n: lines.length + 1, speaker: COLLECTOR, text: d.said, collector: true });
		key.push({
			line: lines.length,
			violations: d.compliance.filter((m) => m.verdict === 'violation').map((m) => m.rule),
			ok: d.compliance.filter((m) => m.verdict === 'ok').map((m) => m.rule),
			feedback: d.feedback
		});
	}
	const end = scenario.nodes[best.decisions.at(-1)!.next]!;
	lines.push({
		n: lines.length + 1,
		speaker: end.speaker ?? persona,
		text: lineAt(end, best.decisions),
		collector: false
	});

	const rules = new Set<string>();
	for (const node of Object.values(scenario.nodes)) {
		node.choices?.forEach((choice) => choice.compliance.forEach((m) => rules.add(m.rule)));
		if (node.input) rules.add(node.input.rule);
	}
	return {
		id: scenario.id,
		title: scenario.title,
		summary: scenario.summary,
		persona: { name: persona, role: scenario.persona.role, state: scenario.persona.state },
		account: {
			creditor: scenario.account.creditor,
			type: scenario.account.type,
			balance: scenario.account.balance,
			status: scenario.account.status
		},
		callDate,
		lines,
		key,
		rules: [...rules].sort()
	};
}

/** The learner's flag on one collector line: the rule they say it breaks. */
export interface AuditMark {
	line: number;
	rule: string;
}

export interface AuditResult {
	/** Lines that break a rule. */
	violations: number;
	flagged: number;
	/** Flags on a line that breaks the rule chosen. */
	hits: number;
	/** Share of flags that were right, 0 to 1 (1 with no flags). */
	precision: number;
	/** Share of violations found, 0 to 1 (1 when there were none). */
	recall: number;
	/** Both together (their harmonic mean, F1), in percent. */
	score: number;
	/** Violations not found; `chose` is the wrong rule picked for the line, if it was flagged. */
	missed: { line: number; rules: string[]; feedback: string; chose?: string }[];
	/** Lawful lines flagged as violations. */
	wrong: { line: number; chose: string; feedback: string }[];
}

export function scoreAudit(audit: Pick<Audit, 'key'>, marks: readonly AuditMark[]): AuditResult {
	const byLine = new Map(marks.map((m) => [m.line, m.rule]));
	const violating = audit.key.filter((k) => k.violations.length);
	const flaggedKeys = audit.key.filter((k) => byLine.has(k.line));
	const hits = violating.filter((k) => k.violations.includes(byLine.get(k.line) ?? '')).length;
	const precision = flaggedKeys.length ? hits / flaggedKeys.length : 1;
	const recall = violating.length ? hits / violating.length : 1;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	return {
		violations: violating.length,
		flagged: flaggedKeys.length,
		hits,
		precision,
		recall,
		score: Math.round(f1 * 100),
		missed: violating
			.filter((k) => !k.violations.includes(byLine.get(k.line) ?? ''))
			.map((k) => ({
				line: k.line,
				rules: k.violations,
				feedback: k.feedback,
				...(byLine.has(k.line) && { chose: byLine.get(k.line) })
			})),
		wrong: flaggedKeys
			.filter((k) => !k.violations.length)
			.map((k) => ({ line: k.line, chose: byLine.get(k.line)!, feedback: k.feedback }))
	};
}
