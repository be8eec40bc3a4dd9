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

test('Escape pressed while the tips script is still loading closes the tip', async ({ page }) => {
	// Hold back the script the learner's first move loads, the one that fits tips on screen.
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	let held = 0;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes('.term-tip')) {
			held++;
			await released;
		}
		await route.fulfill({ response, body });
	});
	await page.goto(MODULE);
	const box = page
		.locator('.term')
		.filter({ has: page.locator('a', { hasText: 'Regulation F' }) })
		.first();
	await box.locator('a').focus();
	await expect(box.locator('.term-tip')).toBeVisible();
	await expect.poll(() => held).toBe(1);
	await page.keyboard.press('Escape');
	await expect(box.locator('.term-tip')).toBeHidden();
	await expect(box.locator('a')).toBeFocused();
	release();
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
