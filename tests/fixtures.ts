import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every browser test fails on a Content-Security-Policy violation or a request that leaves
 * the app's own origin.
 */
export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const problems: string[] = [];
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					(window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
					(window as unknown as { __cspViolations: string[] }).__cspViolations.push(
						`${e.violatedDirective} ${e.blockedURI}`
					);
				});
			});
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:'))
					problems.push(`request left the app's origin: ${url}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			await use();
			const violations = await page
				.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
				.catch(() => []);
			problems.push(...violations.map((v) => `CSP violation: ${v}`));
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Runs axe on the page as it is now and fails on any violation, listing them plainly. */
export async function expectNoAxeViolations(page: Page, context = '') {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const found = results.violations.map(
		(v) =>
			`${context} ${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')})`
	);
	expect(found).toEqual([]);
}

/**
 * Waits until the app has opened its database and chosen a profile. A module page opens the
 * database when the learner starts to use it (src/lib/state/glance.svelte.ts), so this touches
 * the page the way a learner does, with a key that does nothing else, until it has: a touch
 * before the page has hydrated goes unnoticed, as it would for the learner.
 */
export async function waitForProfile(page: Page) {
	const switcher = page.locator('#profile-switcher');
	await expect(async () => {
		if (!(await switcher.isVisible())) await page.keyboard.press('Shift');
		await expect(switcher).toBeVisible({ timeout: 1000 });
	}).toPass();
}

/** Waits until the service worker controls the page, so the whole build is cached. */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise<void>((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
					once: true
				})
			);
	});
}

/** Rows of one table in the app's IndexedDB, read directly (not through the app). */
export function rowsOf(page: Page, table: string): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		(name) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('collections-academy');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction(name).objectStore(name).getAll();
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result as Record<string, unknown>[]);
					};
					request.onerror = () => reject(request.error);
				};
			}),
		table
	);
}

/**
 * The module's notes box, as a learner reaches it: it loads when the learner starts to work or
 * scrolls near it, so scroll to its heading first.
 */
export async function notesBox(page: Page) {
	await page.getByRole('heading', { name: 'Your notes' }).scrollIntoViewIfNeeded();
	return page.getByRole('textbox', { name: /Private to this profile/ });
}

/** The computed value of a color token (`--bad`, `--focus`…), as the browser paints it. */
export function tokenColor(page: Page, token: string) {
	return page.evaluate((token) => {
		const probe = document.body.appendChild(document.createElement('i'));
		probe.style.color = `var(${token})`;
		const value = getComputedStyle(probe).color;
		probe.remove();
		return value;
	}, token);
}

/** The relative luminance (0 dark – 1 light) of an element's text and of the page behind it. */
export function luminanceOf(element: Locator) {
	return element.evaluate((el) => {
		const luminance = (css: string) => {
			const [r, g, b] = css
				.match(/\d+(\.\d+)?/g)!
				.slice(0, 3)
				.map(Number);
			return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
		};
		return {
			text: luminance(getComputedStyle(el).color),
			page: luminance(getComputedStyle(document.body).backgroundColor)
		};
	});
}
