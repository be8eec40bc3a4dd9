import { json } from '@sveltejs/kit';
import { CERT_TITLES, DOMAIN_TITLES } from '$lib/content/schema';
import { course } from '$lib/server/course';
import { questionView } from '$lib/server/views';

export const prerender = true;

/** The question bank and blueprints, fetched by the exam screens (and cached for offline use). */
export const GET = () =>
	json({
		questions: course.questions.map(questionView),
		blueprints: course.exams.map((e) => ({ ...e, certTitle: CERT_TITLES[e.modeledOn] })),
		domainTitles: DOMAIN_TITLES
	});
