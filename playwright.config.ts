import { defineConfig, devices } from '@playwright/test';

const PORT = 4173;

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		serviceWorkers: 'allow',
		trace: 'retain-on-failure',
		launchOptions: {
			// This machine cannot download Playwright's browsers: use Debian's Chromium.
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
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
