import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Engines stay plain TypeScript: no Svelte, no Dexie, no DOM, so they run and test anywhere. They
// may name the stored record types (erased at build), never call the database or the state layer.
const engineImportBan = {
	patterns: [
		{ group: ['svelte', 'svelte/*', '$app/*'], message: 'Engines must not depend on Svelte.' },
		{ group: ['dexie'], message: 'Only src/lib/progress talks to the database.' },
		{
			group: ['$lib/progress', '$lib/progress/*'],
			allowTypeImports: true,
			message: 'Engines take records as arguments; only their types come from progress.'
		},
		{
			group: ['$lib/state', '$lib/state/*', '$lib/ui', '$lib/ui/*', '$lib/server', '$lib/server/*'],
			message: 'Engines do not depend on the state layer, components or the server.'
		}
	]
};

// src/lib/state is the only door from a page or a component to learner data.
const pageImportBan = {
	patterns: [
		{
			group: ['$lib/progress', '$lib/progress/*'],
			allowTypeImports: true,
			message: 'Pages and components reach learner data through a class in src/lib/state.'
		}
	]
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'dist/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// The same build is served at the site root and, as a SCORM package, from any path inside
			// an LMS: every internal link and navigation goes through resolve() from $app/paths.
			'svelte/no-navigation-without-resolve': 'error'
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
			'src/lib/trainee/**/*.ts',
			'src/lib/lms/**/*.ts',
			'src/lib/format.ts'
		],
		rules: {
			'no-restricted-imports': 'off',
			'@typescript-eslint/no-restricted-imports': ['error', engineImportBan]
		}
	},
	{
		files: ['src/routes/**/*.ts', 'src/routes/**/*.svelte', 'src/lib/ui/**/*.{ts,svelte}'],
		rules: {
			'@typescript-eslint/no-restricted-imports': ['error', pageImportBan],
			// A dynamic import is a door too.
			'no-restricted-syntax': [
				'error',
				{
					selector: 'ImportExpression[source.value=/^\\$lib\\/progress/]',
					message: 'Pages and components reach learner data through a class in src/lib/state.'
				}
			]
		}
	}
);
