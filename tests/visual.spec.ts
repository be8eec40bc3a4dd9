import { expect, test, tokenColor } from './fixtures';

const PAGES = ['/', '/search', '/learn', '/calls', '/exams', '/review', '/progress', '/glossary'];

for (const scheme of ['light', 'dark'] as const) {
	test(`nothing is ringed when a page opens; the keyboard ring is the focus color, not an alarm (${scheme})`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of PAGES) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			expect(
				await page.evaluate(() =>
					[...document.querySelectorAll(':focus-visible')].map((el) => el.outerHTML.slice(0, 80))
				),
				path
			).toEqual([]);
		}
		await page.goto('/search');
		await page.waitForLoadState('networkidle');
		await page
			.getByRole('searchbox')
			.or(page.getByLabel(/search/i).first())
			.first()
			.focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Shift+Tab');
		const ring = await page.evaluate(() => {
			const el = document.activeElement!;
			return el.matches(':focus-visible') ? getComputedStyle(el).outlineColor : 'none';
		});
		expect(ring).toBe(await tokenColor(page, '--focus'));
		// Blue, not the red-orange that read as an error.
		const [r, , b] = ring.match(/\d+/g)!.map(Number);
		expect(b, ring).toBeGreaterThan(r!);
		expect(ring).not.toBe(await tokenColor(page, '--bad'));
		expect(ring).not.toBe(await tokenColor(page, '--warn'));
	});
}

test('headings take their sizes from the one type scale in app.css', async ({ page }) => {
	for (const path of [...PAGES, '/learn/law', '/exams/pcs', '/calls/wrong-number', '/rules']) {
		await page.goto(path);
		const found = await page.evaluate(() => {
			const root = getComputedStyle(document.documentElement);
			const px = (token: string) => {
				const probe = document.body.appendChild(document.createElement('i'));
				probe.style.fontSize = root.getPropertyValue(token);
				const size = getComputedStyle(probe).fontSize;
				probe.remove();
				return size;
			};
			const scale = ['--fs-md', '--fs-lg', '--fs-xl', '--fs-2xl'].map(px);
			return [...document.querySelectorAll('main h1, main h2, main h3')]
				.filter((h) => !scale.includes(getComputedStyle(h).fontSize))
				.map(
					(h) =>
						`${h.tagName} "${h.textContent?.trim().slice(0, 30)}" ${getComputedStyle(h).fontSize}`
				);
		});
		expect(found, path).toEqual([]);
	}
});

test('pages show titles, not raw ids or tags, in US English', async ({ page }) => {
	const BRITISH = /\b(practis|diall|honour|behaviour|licence|centre|colour|organis|labell)\w*/gi;
	for (const path of ['/glossary', '/learn', '/calls', '/calls/servicemember-scra', '/rules']) {
		await page.goto(path);
		const text = await page.locator('main').innerText();
		// A rule id such as fdcpa-1692c-a2-attorney, or a lower-case law tag such as hipaa or scra.
		expect(
			text.match(/\b(fdcpa|regf|fcra|tcpa|hipaa|scra|bankruptcy)-[a-z0-9-]+/g),
			path
		).toBeNull();
		expect(text.match(/\b(hipaa|scra|qmb|mini-miranda)\b/g), path).toBeNull();
		expect(text.match(BRITISH), path).toBeNull();
	}
	await page.goto('/calls');
	const topics = await page.getByLabel('Topic').locator('option').allTextContents();
	expect(topics).toEqual(expect.arrayContaining(['HIPAA', 'mini-Miranda', 'SCRA']));
	// The glossary names a cited rule by its title and still links to it.
	await page.goto('/glossary');
	await expect(
		page
			.locator('#attorney-representation')
			.getByRole('link', { name: /attorney/i })
			.last()
	).toHaveAttribute('href', /^\/rules#fdcpa-/);
	// Two prerequisites whose titles hold commas are told apart.
	await page.goto('/learn');
	await expect(
		page.getByText('Before this: Communications: time, place and manner; Call')
	).not.toHaveCount(0);
});
