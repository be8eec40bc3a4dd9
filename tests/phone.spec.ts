import { expect, test } from './fixtures';

test('at phone width the navigation and a module page fit without sideways scrolling', async ({
	page
}) => {
	await page.goto('/learn/law/communications-time-place-manner');
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exams' })
	).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('a 320 px phone at the largest text size', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	const sideways = (page: import('@playwright/test').Page) =>
		page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);

	test('the exam, results, module and progress pages do not scroll sideways', async ({ page }) => {
		await page.goto('/exams/pcs');
		await page.getByRole('button', { name: 'Start timed exam' }).click();
		await expect(page).toHaveURL(/\/exams\/take\?session=/);
		const larger = page.getByRole('button', { name: /larger text/ });
		while (await larger.isEnabled()) await larger.click();
		await expect(page.locator('#question-number')).toBeVisible();
		expect(await sideways(page), 'timed exam').toBeLessThanOrEqual(0);

		await page.getByRole('button', { name: 'Review and submit' }).first().click();
		await page.getByRole('button', { name: 'Submit exam' }).click();
		await expect(page).toHaveURL(/\/exams\/results\?session=/);
		await expect(page.getByTestId('score')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('style', /--text-scale: 1.5/);
		expect(await sideways(page), 'results').toBeLessThanOrEqual(0);

		for (const path of ['/learn/law/call-frequency', '/progress', '/plan', '/exams/pcs']) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('style', /--text-scale: 1.5/);
			expect(await sideways(page), path).toBeLessThanOrEqual(0);
		}
	});
});

test.describe('the phone layout', () => {
	for (const width of [320, 390]) {
		test(`at ${width} px the header is one row and the sections are a tab bar; an exam hides it`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 844 });
			await page.goto('/learn');
			const header = page.locator('header.site');
			const tabs = page.getByRole('navigation', { name: 'Main' });
			await expect(page.getByLabel('Profile')).toBeVisible();
			expect((await header.boundingBox())!.height).toBeLessThanOrEqual(56);
			const bar = (await tabs.boundingBox())!;
			expect(bar.y + bar.height).toBeCloseTo(844, 0);
			for (const name of ['Learn', 'Calls', 'Exams', 'Progress', 'Search'])
				await expect(tabs.getByRole('link', { name })).toBeInViewport({ ratio: 1 });
			// The footer's last line is not hidden under the tab bar.
			await page.locator('footer.site').scrollIntoViewIfNeeded();
			const footerText = (await page.locator('footer.site p').boundingBox())!;
			expect(footerText.y + footerText.height).toBeLessThanOrEqual(bar.y);

			await tabs.getByRole('link', { name: 'Exams' }).click();
			await expect(page).toHaveURL(/\/exams$/);
			await page
				.getByRole('link', { name: 'Practice exam modeled on the PCS', exact: true })
				.click();
			await page.getByRole('button', { name: 'Start timed exam' }).click();
			await expect(page).toHaveURL(/\/exams\/take\?session=/);
			await expect(page.locator('#question-number')).toBeVisible();
			// The site's header and tab bar give way to the exam's own bar.
			await expect(tabs).toBeHidden();
			await expect(header).toBeHidden();
			await expect(page.getByTestId('time-left')).toBeInViewport();
			if (width === 390) {
				// A typical question has every option in view without scrolling: walk the whole form.
				let fit = 0;
				for (let n = 1; n <= 50; n++) {
					await expect(page.locator('#question-number')).toContainText(`Question ${n} of 50`);
					const bottom = await page
						.locator('.option')
						.evaluateAll((all) => Math.max(...all.map((o) => o.getBoundingClientRect().bottom)));
					if (bottom <= 844) fit++;
					await page.keyboard.press('n');
				}
				expect(fit, 'questions whose options all fit').toBeGreaterThanOrEqual(40);
			}
		});
	}
});
