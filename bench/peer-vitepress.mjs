/**
 * The peer for the side-by-side benchmark: the same module Markdown built with VitePress, which
 * is what someone wanting Markdown lessons online would reach for. VitePress is not a dependency
 * of this project: it is installed on demand (pinned) into a scratch folder outside the repository
 * and reused from there.
 *
 *   node bench/peer-vitepress.mjs content/modules/law/03-call-frequency.md ...
 *     builds the peer site and prints its dist folder and one path per page
 *
 * Our own syntax is flattened so VitePress can read the files: ':::' lines are dropped, {rule:id}
 * citations removed, [[term]] and [[term|label]] become plain text.
 * Env: PEER_DIR (default <tmpdir>/collections-academy-peer-vitepress), VITEPRESS_VERSION (1.6.4).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const VITEPRESS_VERSION = process.env.VITEPRESS_VERSION ?? '1.6.4';
export const PEER_DIR =
	process.env.PEER_DIR ?? join(tmpdir(), 'collections-academy-peer-vitepress');

/** Our Markdown without the app's own syntax, for a plain Markdown site. */
export function flatten(markdown) {
	return markdown
		.split('\n')
		.filter((line) => !/^\s*:::/.test(line))
		.join('\n')
		.replace(/ ?\{rule:[^}]*\}/g, '')
		.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, '$2')
		.replace(/\[\[([^\]]*)\]\]/g, '$1');
}

function installedVersion() {
	try {
		const pkg = join(PEER_DIR, 'node_modules/vitepress/package.json');
		return JSON.parse(readFileSync(pkg, 'utf8')).version;
	} catch {
		return undefined;
	}
}

/** Installs VitePress into the scratch folder unless the pinned version is already there. */
export function installVitePress(log = console.error) {
	if (installedVersion() === VITEPRESS_VERSION) return;
	mkdirSync(PEER_DIR, { recursive: true });
	writeFileSync(join(PEER_DIR, 'package.json'), '{"private":true,"type":"module"}\n');
	log(`installing vitepress@${VITEPRESS_VERSION} into ${PEER_DIR} (not a project dependency)`);
	execFileSync(
		'npm',
		['install', '--no-audit', '--no-fund', '--loglevel=error', `vitepress@${VITEPRESS_VERSION}`],
		{ cwd: PEER_DIR, stdio: ['ignore', 'inherit', 'inherit'] }
	);
	if (installedVersion() !== VITEPRESS_VERSION)
		throw new Error(`VitePress ${VITEPRESS_VERSION} could not be installed into ${PEER_DIR}.`);
}

/**
 * Builds the given module files with VitePress's default theme (a sidebar listing them and an
 * index page). Returns the dist folder and, per file, the page's path on the peer site.
 */
export function buildPeer(files, log = console.error) {
	installVitePress(log);
	const docs = join(PEER_DIR, 'docs');
	rmSync(docs, { recursive: true, force: true });
	mkdirSync(join(docs, '.vitepress'), { recursive: true });
	const pages = files.map((file) => {
		const name = basename(file, '.md');
		const markdown = readFileSync(file, 'utf8');
		writeFileSync(join(docs, `${name}.md`), flatten(markdown));
		const title = (markdown.match(/^title:\s*(.+)$/m) ?? markdown.match(/^#\s+(.+)$/m))?.[1];
		return { file, path: `/${name}.html`, title: title?.replace(/^["']|["']$/g, '') ?? name };
	});
	const items = pages.map((p) => ({ text: p.title, link: p.path.replace(/\.html$/, '') }));
	const config = {
		title: 'Peer (VitePress)',
		lang: 'en-US',
		description: 'Benchmark peer build',
		// No favicon request failing with a 404, which would cost the peer a console error.
		head: [['link', { rel: 'icon', href: 'data:,' }]],
		// Our modules link into the app (a drill, a call); those pages are not on the peer site.
		ignoreDeadLinks: true,
		themeConfig: { sidebar: [{ text: 'Modules', items }] }
	};
	writeFileSync(
		join(docs, '.vitepress/config.mjs'),
		`export default ${JSON.stringify(config, null, 2)};\n`
	);
	writeFileSync(
		join(docs, 'index.md'),
		`# Modules\n\n${items.map((i) => `- [${i.text}](${i.link})`).join('\n')}\n`
	);
	execFileSync('npx', ['--no-install', 'vitepress', 'build', 'docs'], {
		cwd: PEER_DIR,
		// A minified production build whatever the caller's environment. In run.mjs, Lighthouse's
		// logger sets DEBUG (VitePress then skips minifying) and a Vite server sets NODE_ENV to
		// development: the peer shipped 82 KB of JavaScript instead of 54, flattering our side.
		env: { ...process.env, NODE_ENV: 'production', DEBUG: '' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const dist = join(docs, '.vitepress/dist');
	if (!existsSync(join(dist, 'index.html'))) throw new Error('The VitePress build wrote no site.');
	return { dist, pages };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { dist, pages } = buildPeer(process.argv.slice(2));
	console.log(dist);
	for (const p of pages) console.log(p.path);
}
