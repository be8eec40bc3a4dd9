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
