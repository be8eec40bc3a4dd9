import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

// E2E_PORT lets several checkouts run browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: 'list',
	// With service workers blocked, the slowest tests (a 50-question mock, a full call) take about
	// 16 s on an idle 2-core machine: a quarter of this limit, leaving room for a busy one.
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// Installing the service worker precaches the whole 11 MB build in every fresh context; only
		// the offline tests need it, and they opt in with test.use({ serviceWorkers: 'allow' }).
		serviceWorkers: 'block',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS
		}
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], channel: undefined },
			testMatch: /phone\.spec\.ts/
		}
	],
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}`,
		// A stale server on the same port would test an old build.
		reuseExistingServer: false,
		timeout: 60_000
	}
});
