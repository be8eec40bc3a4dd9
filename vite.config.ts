import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentCheck } from './src/lib/content/vite-plugin.ts';
import { previewHeaders } from './src/lib/server/headers-file.ts';

export default defineConfig(({ command }) => ({
	plugins: [...(command === 'build' ? [contentCheck()] : []), sveltekit(), previewHeaders()],
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
