/**
 * What the service worker stores ahead, shared with the bench that weighs it (plain JavaScript so
 * that Node reads it too).
 *
 * The pages of one module, call, audit or exam carry everything they show in their `__data.json`
 * as well as in their HTML. Only the data is stored ahead: offline, the app shell renders such a
 * page from its stored data, exactly as a link followed inside the app always does. Storing each
 * page twice would make the download on install about 1 MB larger.
 */

const DATA = '/__data.json';

/**
 * The prerendered paths to store ahead, from `$service-worker`'s `prerendered` list.
 * @param {readonly string[]} prerendered
 * @param {string} base
 * @returns {{ paths: string[]; renderedFromData: (path: string) => boolean }}
 */
export function precachedPages(prerendered, base) {
	const withData = new Set(
		prerendered.filter((p) => p.endsWith(DATA)).map((p) => p.slice(0, -DATA.length))
	);
	/** @param {string} path */
	const renderedFromData = (path) =>
		withData.has(path) && path.slice(base.length).split('/').length > 2;
	return { paths: prerendered.filter((p) => !renderedFromData(p)), renderedFromData };
}

/**
 * The app shells (src/routes/app-shell): rendered in the browser only, each shows whatever page was
 * opened. Their links to the app's code are relative, so a page needs the shell of its own depth.
 */
export const SHELL_PATHS = ['/app-shell', '/app-shell/2', '/app-shell/2/3', '/app-shell/2/3/4'];

/**
 * The shell for a page path: the one as many segments deep.
 * @param {string} path
 * @param {string} base
 */
export function shellFor(path, base) {
	const depth = path.slice(base.length).split('/').length - 1;
	return base + SHELL_PATHS[Math.min(depth, SHELL_PATHS.length) - 1];
}
