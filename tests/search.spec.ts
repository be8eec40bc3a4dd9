import { expect, test, waitForServiceWorker } from './fixtures';

// The suite blocks service workers (see playwright.config.ts); this file searches offline.
test.use({ serviceWorkers: 'allow' });

test('search finds a module section by a word from its body, offline, and is keyboard navigable', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto('/search');
	await page.getByLabel('Search modules, glossary, rules and questions').fill('overshadow');
	const results = page.locator('#search-results li');
	await expect(results.first()).toBeVisible();
	await expect(page.locator('#search-results')).toContainText('Overshadowing');
	await expect(results.first().locator('mark').first()).toHaveText(/overshadow/i);
	// The module section that teaches it is among the results, not only the glossary entry.
	const section = page.locator(
		'#search-results a[href="/learn/law/validation-notices-disputes#overshadowing"]'
	);
	await expect(section.first()).toBeVisible();

	await page.keyboard.press('ArrowDown');
	const first = results.first().getByRole('link');
	await expect(first).toBeFocused();
	const href = (await first.getAttribute('href'))!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	await context.setOffline(false);
});

test('a search with no match says so in plain words', async ({ page }) => {
	await page.goto('/search?q=zzzqqq');
	await expect(page.getByRole('status')).toContainText('Nothing matches “zzzqqq”');
});
