import { CERT_TITLES } from '$lib/content/schema';
import { course } from '$lib/server/course';

export const load = () => ({
	exams: course.exams.map((e) => ({
		id: e.id,
		title: e.title,
		cert: CERT_TITLES[e.modeledOn],
		passPercent: e.passPercent,
		ownBar: e.ownBar,
		questions: e.questions,
		minutes: e.minutes,
		form: e.form
	})),
	bankSize: course.questions.length
});
