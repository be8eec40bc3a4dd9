import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Engines stay plain TypeScript: no Svelte, no Dexie, no DOM, so they run and test anywhere.
const engineImportBan = {
	patterns: [
		{ group: ['svelte', 'svelte/*', '$app/*'], message: 'Engines must not depend on Svelte.' },
		{ group: ['dexie'], message: 'Only src/lib/progress talks to the database.' }
	]
};

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// The app is always served from the site root (no `paths.base`), so plain hrefs are correct.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// Flags every Map or Date, even short-lived local values that are never mutated.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		files: [
			'src/lib/content/**/*.ts',
			'src/lib/exam/**/*.ts',
			'src/lib/review/**/*.ts',
			'src/lib/calls/**/*.ts',
			'src/lib/search/**/*.ts',
			'src/lib/plans/**/*.ts',
			'src/lib/drills/**/*.ts',
			'src/lib/format.ts'
		],
		rules: { 'no-restricted-imports': ['error', engineImportBan] }
	}
);
