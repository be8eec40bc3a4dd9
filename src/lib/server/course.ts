/**
 * The course, loaded and checked once at build time. Server-only: pages take what they need
 * from it in their `load`, so Markdown, YAML and the schemas never reach the browser.
 */
import { loadCourseOrThrow, type Course } from '$lib/content/load';

const raw = import.meta.glob('/content/**/*', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export const course: Course = loadCourseOrThrow(
	Object.fromEntries(Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), text]))
);

export function findModule(track: string, id: string) {
	return course.modules.find((m) => m.track === track && m.id === id);
}

export const rulesById = new Map(course.rules.map((r) => [r.id, r]));
export const modulesById = new Map(course.modules.map((m) => [m.id, m]));

/** Where a rule is taught, as a link into the module page. */
export function ruleHref(ruleId: string): string | undefined {
	const rule = rulesById.get(ruleId);
	if (!rule) return undefined;
	const [moduleId, heading] = rule.module.split('#');
	const module = modulesById.get(moduleId ?? '');
	return module ? `/learn/${module.track}/${module.id}#${heading}` : undefined;
}
