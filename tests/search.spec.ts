import { expect, test, waitForServiceWorker } from './fixtures';

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

	await page.keyboard.press('ArrowDown');
	await expect(results.first().getByRole('link')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/learn\/law\/validation-notices-disputes#overshadowing/);
	await context.setOffline(false);
});

test('a search with no match says so in plain words', async ({ page }) => {
	await page.goto('/search?q=zzzqqq');
	await expect(page.getByRole('status')).toContainText('Nothing matches “zzzqqq”');
});
