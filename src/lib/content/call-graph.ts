import type { CallScenario } from './schema.ts';
import type { FieldPath } from './yaml-source.ts';

/** Where each node can go next. */
export function successors(scenario: CallScenario, nodeId: string): string[] {
	const node = scenario.nodes[nodeId];
	if (!node) return [];
	return [
		...(node.choices?.map((c) => c.next) ?? []),
		...(node.input ? [node.input.next] : []),
		...(node.plan ? [node.plan.accepted, node.plan.declined] : [])
	];
}

/**
 * Structural checks on a call graph: every target exists, every node is reachable,
 * every node is a step or an end, and from every node some end can be reached.
 */
export function checkCallGraph(scenario: CallScenario): { at: FieldPath; message: string }[] {
	const problems: { at: FieldPath; message: string }[] = [];
	const ids = Object.keys(scenario.nodes);
	if (!scenario.nodes[scenario.start])
		problems.push({ at: ['start'], message: `start node "${scenario.start}" does not exist` });

	for (const [id, node] of Object.entries(scenario.nodes)) {
		const kinds = [node.choices, node.input, node.plan, node.outcome].filter(
			(k) => k !== undefined
		).length;
		if (kinds !== 1)
			problems.push({
				at: ['nodes', id],
				message: 'a node has exactly one of: choices, input, plan, or an outcome (an end node)'
			});
		if (node.outcomeScore !== undefined && !node.outcome)
			problems.push({
				at: ['nodes', id, 'outcomeScore'],
				message: 'only an end node (with an outcome) has an outcomeScore'
			});
		node.variants?.forEach((variant, v) => {
			for (const key of ['visited', 'notVisited'] as const)
				variant.when[key]?.forEach((target, k) => {
					if (!scenario.nodes[target])
						problems.push({
							at: ['nodes', id, 'variants', v, 'when', key, k],
							message: `no node "${target}"`
						});
				});
			if (Object.keys(variant.when).length === 0)
				problems.push({
					at: ['nodes', id, 'variants', v, 'when'],
					message: 'a variant needs at least one condition in "when"'
				});
		});
		node.choices?.forEach((choice, i) => {
			if (!scenario.nodes[choice.next])
				problems.push({
					at: ['nodes', id, 'choices', i, 'next'],
					message: `no node "${choice.next}"`
				});
		});
		if (node.input && !scenario.nodes[node.input.next])
			problems.push({
				at: ['nodes', id, 'input', 'next'],
				message: `no node "${node.input.next}"`
			});
		for (const key of ['accepted', 'declined'] as const) {
			const target = node.plan?.[key];
			if (target && !scenario.nodes[target])
				problems.push({ at: ['nodes', id, 'plan', key], message: `no node "${target}"` });
		}
	}
	if (problems.length) return problems;

	const reachable = new Set<string>([scenario.start]);
	const queue = [scenario.start];
	while (queue.length) {
		for (const next of successors(scenario, queue.shift()!)) {
			if (reachable.has(next)) continue;
			reachable.add(next);
			queue.push(next);
		}
	}
	for (const id of ids)
		if (!reachable.has(id))
			problems.push({
				at: ['nodes', id],
				message: `node "${id}" cannot be reached from the start`
			});

	// Nodes that can reach an end: grow backwards from the end nodes until nothing changes.
	const canEnd = new Set(ids.filter((id) => scenario.nodes[id]?.outcome));
	let grew = true;
	while (grew) {
		grew = false;
		for (const id of ids)
			if (!canEnd.has(id) && successors(scenario, id).some((n) => canEnd.has(n))) {
				canEnd.add(id);
				grew = true;
			}
	}
	for (const id of ids)
		if (reachable.has(id) && !canEnd.has(id))
			problems.push({ at: ['nodes', id], message: `from node "${id}" the call can never end` });
	return problems;
}

/**
 * The most learner decisions on any path from the start to an end: the main path of a good
 * scenario is long enough to practise a whole call.
 */
export function longestDecisionPath(scenario: CallScenario): number {
	const memo = new Map<string, number>();
	const visiting = new Set<string>();
	const walk = (id: string): number => {
		if (memo.has(id)) return memo.get(id)!;
		if (visiting.has(id)) return 0; // a loop adds nothing
		visiting.add(id);
		const node = scenario.nodes[id];
		const own = node && !node.outcome ? 1 : 0;
		const best = Math.max(0, ...successors(scenario, id).map(walk));
		visiting.delete(id);
		memo.set(id, own + best);
		return own + best;
	};
	return walk(scenario.start);
}

export const MIN_DECISIONS = 8;
