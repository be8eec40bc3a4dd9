import { CERT_TITLES } from '$lib/content/schema';
import { course } from '$lib/server/course';

export const load = () => ({
	certs: course.exams
		.filter((e) => e.form === 'full')
		.map((e) => ({
			id: e.id,
			title: CERT_TITLES[e.modeledOn],
			passPercent: e.passPercent,
			ownBar: e.ownBar,
			thresholdSource: e.thresholdSource,
			requirements: e.requirements
		})),
	counts: { rules: course.rules.length, modules: course.modules.length }
});
