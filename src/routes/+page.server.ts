import { course } from '$lib/server/course';
import { tracks } from '$lib/server/views';

export const load = () => ({
	modules: course.modules.map((m) => ({
		id: m.id,
		title: m.title,
		href: `/learn/${m.track}/${m.id}`
	})),
	examTitles: Object.fromEntries(course.exams.map((e) => [e.id, e.title])),
	tracks: tracks().map((t) => ({ track: t.track, title: t.title, count: t.modules.length })),
	counts: {
		modules: course.modules.length,
		questions: course.questions.length,
		calls: course.calls.length,
		exams: course.exams.length
	}
});
