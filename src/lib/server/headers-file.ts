/**
 * The response headers a host should send, read from static/_headers (the Netlify and Cloudflare
 * Pages format). The preview server sends them too (vite.config.ts), so browser tests run under
 * the headers a real host sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface HeaderRule {
	/** A path pattern such as `/*`. */
	path: string;
	headers: Record<string, string>;
}

/** The rules in a `_headers` file: a path on its own line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: {} });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value".`);
		rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return rules;
}

/** The headers every response gets: the `/*` rule of static/_headers. */
export function siteHeaders(root = process.cwd()): Record<string, string> {
	const rules = parseHeadersFile(readFileSync(join(root, 'static/_headers'), 'utf8'));
	const all = rules.find((r) => r.path === '/*');
	if (!all) throw new Error('static/_headers has no "/*" rule.');
	return all.headers;
}

/** A Content-Security-Policy as directive → sources, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/**
 * `vite preview` sends the site headers on every response. (Vite's own `preview.headers` reaches
 * only the files Vite serves itself, not SvelteKit's prerendered pages, so a middleware does it.)
 */
export function previewHeaders(root = process.cwd()): Plugin {
	return {
		name: 'collections-academy:preview-headers',
		configurePreviewServer(server) {
			const headers = siteHeaders(root);
			server.middlewares.use((_req, res, next) => {
				for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
				next();
			});
		}
	};
}
