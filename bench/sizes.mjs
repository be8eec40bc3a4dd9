/** Deterministic size figures of a build: shared by the benchmark and the budget test. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function filesUnder(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** The JS and CSS (gzip bytes) a first visit to a prerendered page loads, read from its HTML. */
export function firstLoad(build, file) {
	const html = readFileSync(join(build, file), 'utf8');
	const base = new URL(`http://x/${file}`);
	const hrefs = new Set([
		...[...html.matchAll(/<link href="([^"]+)" rel="(?:modulepreload|stylesheet)"/g)].map(
			(m) => m[1]
		),
		...[...html.matchAll(/<link rel="(?:modulepreload|stylesheet)" href="([^"]+)"/g)].map(
			(m) => m[1]
		),
		...[...html.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1])
	]);
	let js = 0;
	let css = 0;
	for (const href of hrefs) {
		const path = new URL(href, base).pathname.slice(1);
		const size = gzipSync(readFileSync(join(build, path))).length;
		if (path.endsWith('.css')) css += size;
		else if (path.endsWith('.js')) js += size;
	}
	return { js, css };
}

/**
 * The service worker precaches everything in the build except itself. What a phone downloads is
 * the compressed size; what the browser stores is the uncompressed size.
 */
export function precacheSize(build) {
	const files = filesUnder(build).filter((f) => relative(build, f) !== 'service-worker.js');
	return {
		download: files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0),
		stored: files.reduce((sum, f) => sum + statSync(f).size, 0)
	};
}
