import { error } from '@sveltejs/kit';
import { DIALER_RULES } from '$lib/calls/dialer';
import { course } from '$lib/server/course';
import { citationsById } from '$lib/server/views';

export const entries = () => course.calls.map((c) => ({ id: c.id }));

export const load = ({ params }) => {
	const scenario = course.calls.find((c) => c.id === params.id);
	if (!scenario) error(404, 'No such call');
	const rules = new Set<string>(DIALER_RULES);
	for (const node of Object.values(scenario.nodes)) {
		node.choices?.forEach((c) => c.compliance?.forEach((m) => rules.add(m.rule)));
		if (node.input) rules.add(node.input.rule);
	}
	// The bank's questions on each rule, so a missed compliance moment becomes review cards.
	const questionsByRule = Object.fromEntries(
		[...rules].map((rule) => [
			rule,
			course.questions.filter((q) => q.rules.includes(rule)).map((q) => q.id)
		])
	);
	return {
		scenario,
		citations: citationsById([...rules]),
		questionsByRule
	};
};
