import { course, ruleHref } from '$lib/server/course';

export const load = () => ({
	rules: course.rules.map((r) => {
		const taughtIn = course.modules.find((m) => m.id === r.module.split('#')[0]);
		return { ...r, href: ruleHref(r.id), moduleTitle: taughtIn?.title };
	})
});
