import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

// resolve() types its argument as the app's routes and pathnames; data carries plain strings.
const resolvePath = resolve as (path: string) => ResolvedPathname;

/**
 * A root-relative app path that comes from data (a module's href, a search hit, a plan task:
 * '/learn/law/x#h'), made to work wherever the app is served: at the site root, or from a nested
 * path when an LMS serves the SCORM package. Literal links call `resolve()` directly.
 */
export function appHref(path: string): ResolvedPathname;
export function appHref(path: string | undefined): ResolvedPathname | undefined;
export function appHref(path: string | undefined) {
	return path === undefined ? undefined : resolvePath(path);
}

/**
 * The same for links inside HTML rendered at build time (module Markdown, explanations): their
 * root-relative hrefs ('/glossary#x') point into the app wherever it is served.
 */
export function withAppLinks(html: string): string {
	return html.replace(/(<a\b[^>]*?\shref=")\/(?!\/)/g, (_, start: string) => start + resolve('/'));
}
