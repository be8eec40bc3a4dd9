import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// app.html's one script of its own (it tells a first visit before the first paint, see
// $lib/progress/stored-mark) runs under the pages' hash policy by its hash, taken from the file.
const appScript = readFileSync(new URL('src/app.html', import.meta.url), 'utf8').match(
	/<script>([^<]+)<\/script>/
)?.[1];
if (!appScript) throw new Error('src/app.html has no inline <script> to hash.');
/** @type {`sha256-${string}`} */
const appScriptHash = `sha256-${createHash('sha256').update(appScript).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No version marker on window: a few bytes less on every page, and nothing reads it.
	compilerOptions: { discloseVersion: false },
	// Every component of ours in runes mode, even one without runes: a single legacy-mode component
	// (one with plain markup) pulls the legacy runtime into the file every page loads.
	vitePlugin: {
		dynamicCompileOptions: ({ filename }) =>
			filename.includes('node_modules') ? undefined : { runes: true }
	},
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// _headers is for the host (Netlify, Cloudflare Pages), which does not serve it: precaching it
		// would fail the service worker's install.
		// Registered by the root layout, and only outside an LMS (see +layout.svelte).
		serviceWorker: { register: false, files: (file) => file !== '_headers' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Kit hashes its own inline bootstrap script, so no page needs 'unsafe-inline' for scripts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', appScriptHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
