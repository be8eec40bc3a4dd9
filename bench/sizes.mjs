/** Size figures of a build: shared by the benchmark and the budget test. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { precachedPages } from '../src/lib/offline/precache.js';

export function filesUnder(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

const isScript = (response) =>
	response.request().resourceType() === 'script' ||
	/\.m?js$/.test(new URL(response.url()).pathname);
const isStyle = (response) =>
	response.request().resourceType() === 'stylesheet' ||
	/\.css$/.test(new URL(response.url()).pathname);

/**
 * What a page really fetches while it loads and is then left alone: opens `path` in the given
 * (fresh) Playwright page, waits `settleMs` after the load event, and sums the gzip size of every
 * JavaScript and CSS response the page received, whichever file or library it came from. The
 * sizes are computed here (the preview server does not compress), so they do not depend on the
 * server. The service worker's own requests (its precache) are not the page's and are counted by
 * precacheSize instead.
 */
export async function fetchedByPage(page, path, { settleMs = 5000 } = {}) {
	const files = [];
	const reading = [];
	const onResponse = (response) => {
		const kind = isScript(response) ? 'js' : isStyle(response) ? 'css' : undefined;
		if (!kind) return;
		reading.push(
			response.body().then((body) =>
				files.push({
					kind,
					url: response.url(),
					status: response.status(),
					gzip: gzipSync(body).length
				})
			)
		);
	};
	page.on('response', onResponse);
	try {
		await page.goto(path);
		await page.waitForTimeout(settleMs);
		await Promise.all(reading);
	} finally {
		page.off('response', onResponse);
	}
	const sum = (kind) => files.filter((f) => f.kind === kind).reduce((s, f) => s + f.gzip, 0);
	return { js: sum('js'), css: sum('css'), files };
}

/**
 * The service worker precaches everything in the build except itself and the HTML of the pages
 * it renders from their data (src/lib/offline/precache.js). What a phone downloads is
 * the compressed size; what the browser stores is the uncompressed size.
 */
export function precacheSize(build) {
	const all = filesUnder(build).filter((f) => relative(build, f) !== 'service-worker.js');
	const pathOf = (f) =>
		'/' +
		relative(build, f)
			.replace(/\\/g, '/')
			.replace(/(index)?\.html$/, '');
	const pages = all.filter((f) => f.endsWith('.html') || f.endsWith('__data.json')).map(pathOf);
	const { renderedFromData } = precachedPages(pages, '');
	const files = all.filter(
		(f) => !(f.endsWith('.html') && renderedFromData(pathOf(f).replace(/\/$/, '') || '/'))
	);
	return {
		download: files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0),
		stored: files.reduce((sum, f) => sum + statSync(f).size, 0)
	};
}
