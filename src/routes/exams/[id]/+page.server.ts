import { error } from '@sveltejs/kit';
import { CERT_TITLES, DOMAIN_TITLES } from '$lib/content/schema';
import { course } from '$lib/server/course';

export const entries = () => course.exams.map((e) => ({ id: e.id }));

export const load = ({ params }) => {
	const exam = course.exams.find((e) => e.id === params.id);
	if (!exam) error(404, 'No such exam');
	return {
		exam: {
			...exam,
			certTitle: CERT_TITLES[exam.modeledOn],
			domainList: Object.entries(exam.domains).map(([d, w]) => ({
				id: d,
				title: DOMAIN_TITLES[d as keyof typeof DOMAIN_TITLES],
				weight: w
			}))
		}
	};
};
