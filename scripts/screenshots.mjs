/**
 * The screenshots in docs/, taken from the built app on a phone (390 × 844) and a desktop
 * (1366 × 900): `npm run build && npm run screenshots`. Each page is opened as a learner would,
 * with a fresh profile, so the pictures show what a newcomer sees.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const PORT = 4178;
const BASE = `http://127.0.0.1:${PORT}`;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true };
const DESKTOP = { viewport: { width: 1366, height: 900 } };

/** Each shot: the file, the device, and how to get the page into the state shown. */
const SHOTS = [
	{ file: 'home-desktop.png', device: DESKTOP, open: (page) => page.goto('/') },
	{ file: 'home-phone.png', device: PHONE, open: (page) => page.goto('/') },
	{
		file: 'module-phone.png',
		device: PHONE,
		open: (page) => page.goto('/learn/law/call-frequency')
	},
	{
		file: 'exam-phone.png',
		device: PHONE,
		open: async (page) => {
			await page.goto('/exams/pcs');
			await page.getByRole('button', { name: 'Start timed exam' }).click();
			await page.waitForURL(/\/exams\/take\?session=/);
		}
	},
	{
		file: 'call-desktop.png',
		device: DESKTOP,
		open: async (page) => {
			await page.goto('/calls/wrong-number');
			await page.getByRole('button', { name: 'Start the call' }).click();
			await page.getByRole('button', { name: 'Place call' }).click();
			await page.getByTestId('their-line').first().waitFor();
		}
	},
	{ file: 'team-desktop.png', device: DESKTOP, open: (page) => page.goto('/team') }
];

const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
	{ stdio: 'ignore' }
);
try {
	for (let i = 0; ; i++) {
		if (
			await fetch(BASE).then(
				(r) => r.ok,
				() => false
			)
		)
			break;
		if (i > 60) throw new Error(`The preview server did not start on port ${PORT}.`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	for (const shot of SHOTS) {
		const context = await browser.newContext({
			...shot.device,
			baseURL: BASE,
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		await shot.open(page);
		await page.waitForLoadState('networkidle');
		// The first-run card asks a newcomer's goal; a picture of the page itself skips it.
		const skip = page.getByRole('button', { name: 'Skip for now' });
		if (await skip.isVisible()) await skip.click();
		await page.screenshot({ path: `docs/${shot.file}` });
		console.log(`docs/${shot.file}`);
		await context.close();
	}
	await browser.close();
} finally {
	server.kill();
}
