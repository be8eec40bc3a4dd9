import { expect, test } from './fixtures';

const MODULE = '/learn/law/communications-time-place-manner';

test('Escape closes a focused glossary tip and focus stays on the term', async ({ page }) => {
	await page.goto(MODULE);
	const box = page
		.locator('.term')
		.filter({ has: page.locator('a', { hasText: 'Regulation F' }) })
		.first();
	const term = box.locator('a');
	const tip = box.locator('.term-tip');
	await term.focus();
	await expect(tip).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();
	await expect(term).toBeFocused();
	// Focus leaving and coming back shows it again.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(term).toBeFocused();
	await expect(tip).toBeVisible();
});

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('every glossary tip of a long module opens inside the screen', async ({ page }) => {
		await page.goto('/learn/healthcare/revenue-cycle');
		const terms = page.locator('.term > a');
		const count = await terms.count();
		expect(count).toBeGreaterThan(10);
		const outside: string[] = [];
		for (let i = 0; i < count; i++) {
			const term = terms.nth(i);
			await term.focus();
			const tip = page.locator('.term').nth(i).locator('.term-tip');
			await expect(tip).toBeVisible();
			const box = (await tip.boundingBox())!;
			if (box.x < 0 || box.x + box.width > 390)
				outside.push(`${await term.textContent()} at ${Math.round(box.x)}`);
		}
		expect(outside).toEqual([]);
	});
});
