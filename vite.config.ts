import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentCheck } from './src/lib/content/vite-plugin.ts';
import { previewHeaders } from './src/lib/server/headers-file.ts';

/**
 * Fewer, larger chunks for the browser. Every page needs the Svelte and SvelteKit runtimes and the
 * app's shared state, so they travel as one file instead of about ten small ones. The small
 * progress functions a module page loads when the learner starts to work travel as one file too
 * (the database library and its schema form a chunk of their own anyway). The server build keeps
 * the default chunking.
 */
function clientChunks(): Plugin {
	const isSvelte = (id: string) => /node_modules[\\/]svelte[\\/]src[\\/]/.test(id);
	/**
	 * Parts of the Svelte runtime that only some pages use (form bindings, `svelte:element`,
	 * transitions and the like): they stay out of the file every page loads, and travel with the
	 * pages that use them. A module page uses none of them.
	 */
	const onSomePages =
		/(bindings[\\/](input|window|size|media|navigator|props|universal|document)|blocks[\\/](svelte-element|key|await|slot)|elements[\\/](transitions|custom-element|customizable-select)|shared[\\/]clone)\.js$/;
	const onEveryPage = [
		/node_modules[\\/](svelte|clsx|devalue|esm-env)[\\/]/,
		/node_modules[\\/]@sveltejs[\\/]kit[\\/]src[\\/](runtime|utils|exports)[\\/]/,
		/^\0vite[\\/]preload-helper/,
		/src[\\/]lib[\\/]state[\\/]((profile|glance|text-scale)\.svelte|explain)\.ts$/,
		/src[\\/]lib[\\/]progress[\\/]db-presence\.ts$/,
		// Links that work from any path (the SCORM package): nearly every page has some.
		/src[\\/]lib[\\/]ui[\\/]href\.ts$/
	];
	return {
		name: 'collections-academy:client-chunks',
		config(config) {
			if (config.build?.ssr) return;
			return {
				// The database library's own ES module build: its default entry wraps the CommonJS
				// build, which costs the browser interop helpers in a file of their own.
				resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/dexie.mjs' }] },
				build: {
					// Every file that loads a page's code carries the list of what to preload with it;
					// for scripts that list names every chunk of the app and weighs about a kilobyte
					// (gzip) in the file every page fetches. Stylesheets stay listed: a page needs its
					// styles before it shows. A page's scripts load through their imports instead (and
					// the page's own preload links in its HTML), from the service worker's cache offline.
					modulePreload: {
						resolveDependencies: (_file: string, deps: string[]) =>
							deps.filter((dep) => dep.endsWith('.css'))
					},
					rollupOptions: {
						// Svelte's runtime modules do nothing on import (but the ones that set flags), and
						// its package does not say so. Said here, the one module compiled components import
						// from, which imports every part, stops pulling the parts a page does not use (see
						// onSomePages) into the file every page loads.
						treeshake: {
							moduleSideEffects: (id: string) =>
								!isSvelte(id) || /[\\/](flags|disclose-version)[\\/.]/.test(id)
						},
						// Required by `includeDependenciesRecursively: false`; SvelteKit's entries are
						// imported by SvelteKit alone, which uses only what they export.
						preserveEntrySignatures: 'allow-extension',
						output: {
							codeSplitting: {
								groups: [
									{
										name: 'progress',
										test: /src[\\/]lib[\\/]progress[\\/](clock|tables|profiles|settings|notes|module-progress)\.ts$/,
										priority: 2
									},
									{
										name: 'runtime',
										test: (id: string) =>
											onEveryPage.some((pattern) => pattern.test(id)) &&
											!(isSvelte(id) && onSomePages.test(id)),
										// What the runtime imports for some pages only stays with those pages.
										includeDependenciesRecursively: false,
										priority: 1
									}
								]
							}
						}
					}
				}
			};
		}
	};
}

export default defineConfig(({ command }) => ({
	plugins: [
		...(command === 'build' ? [contentCheck()] : []),
		sveltekit(),
		...(command === 'build' ? [clientChunks()] : []),
		previewHeaders()
	],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					setupFiles: ['src/test-setup.ts']
				}
			}
		]
	}
}));
