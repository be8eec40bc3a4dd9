import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './fixtures';

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

const resultLinks = (page: Page) => page.locator('#search-results li > a');

async function searchFor(page: Page, query: string) {
	await page.goto('/search');
	await page.getByLabel('Search modules, glossary, rules and questions').fill(query);
	await expect(resultLinks(page).first()).toBeVisible();
}

test('a module whose title matches ranks first, and glossary snippets show the definition', async ({
	page
}) => {
	await searchFor(page, 'time-barred');
	await expect(resultLinks(page).first()).toHaveAttribute(
		'href',
		'/learn/law/time-barred-debt-and-reporting'
	);
	await expect(resultLinks(page).first()).toContainText('Module');
	// The glossary entry shows its definition, never its list of other wordings.
	const glossary = page.locator('#search-results li', {
		has: page.locator('a[href="/glossary#time-barred-debt"]')
	});
	await expect(glossary.locator('.snippet')).toContainText('statute of limitations');
	await expect(page.locator('#search-results .snippet', { hasText: ' · ' })).toHaveCount(0);
	// Questions come after the module, its section, the glossary term and the rule.
	const kinds = await resultLinks(page).locator('.kind').allTextContents();
	expect(kinds.slice(0, 4).sort()).toEqual(['Glossary', 'Module', 'Rule', 'Section']);

	await searchFor(page, 'mini-Miranda');
	await expect(resultLinks(page).first()).toHaveAttribute(
		'href',
		/^\/learn\/law\/false-misleading-representations(#the-mini-miranda-disclosure)?$/
	);
	const top3 = await resultLinks(page).evaluateAll((links) =>
		links.slice(0, 3).map((a) => a.getAttribute('href'))
	);
	expect(top3).toContain('/learn/law/false-misleading-representations#the-mini-miranda-disclosure');
	// The match is marked inside the section's snippet.
	const section = page.locator('#search-results li', {
		has: page.locator(
			'a[href="/learn/law/false-misleading-representations#the-mini-miranda-disclosure"]'
		)
	});
	await expect(section.locator('.snippet mark').first()).toHaveText(/^mini$/i);
});

test('a question hit opens that question, with its answer and explanation', async ({ page }) => {
	const bank = (await (await page.request.get('/exams/bank.json')).json()) as {
		questions: { id: string; stem: string; options: string[]; answer: number }[];
	};
	const question = bank.questions.find((q) => q.stem.length > 60)!;
	await searchFor(page, question.stem);
	const link = page.locator(`#search-results a[href="/question?id=${question.id}"]`);
	await expect(link).toContainText(question.stem.slice(0, 40));
	await link.click();
	await expect(page).toHaveURL(`/question?id=${question.id}`);
	await expect(page.getByRole('heading', { name: 'Practice question' })).toBeVisible();
	const form = page.locator(`form[data-question="${question.id}"]`);
	await expect(form.locator('legend')).toHaveText(question.stem);
	await expect(form.getByRole('radio')).toHaveCount(question.options.length);

	// A wrong choice is named wrong, and the right one is shown with the explanation.
	// Options are shuffled, so they are found by their text and the letter read from the page.
	const wrong = question.answer === 0 ? 1 : 0;
	const shown = (await form.locator('label.option span').allTextContents()).map((t) =>
		t.replace(/^[A-D]\.\s*/, '').trim()
	);
	expect([...shown].sort()).toEqual(question.options.map((o) => o.trim()).sort());
	await form.getByRole('radio').nth(shown.indexOf(question.options[wrong]!.trim())).check();
	await form.getByRole('button', { name: 'Check my answer' }).click();
	const letter = 'ABCD'[shown.indexOf(question.options[question.answer]!.trim())];
	await expect(form.getByRole('status')).toContainText(`Not quite: the answer is ${letter}.`);
	await expect(form.locator('.option.right')).toContainText(question.options[question.answer]!);
	await expect(form.locator('.option.wrong')).toContainText(question.options[wrong]!);
	await expect(form.locator('.feedback .prose')).not.toBeEmpty();
	await expectNoAxeViolations(page, 'question page');
});

test('a question address that matches nothing says so', async ({ page }) => {
	await page.goto('/question?id=no-such-question');
	await expect(page.getByRole('alert')).toHaveText(
		'There is no practice question at this address.'
	);
});

test.describe('before the page is interactive', () => {
	// No service worker, so every script request goes through the held route below.
	test.use({ serviceWorkers: 'block' });

	/** Holds the app's scripts until `release` is called, as on a slow phone. */
	async function holdScripts(page: Page) {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		return release;
	}

	test('a query typed before the scripts load is kept and searched', async ({ page }) => {
		const release = await holdScripts(page);
		await page.goto('/search', { waitUntil: 'commit' });
		const box = page.getByLabel('Search modules, glossary, rules and questions');
		await box.pressSequentially('time-barred');
		await expect(resultLinks(page)).toHaveCount(0);
		// The kept query is searched once the index arrives, however long the scripts took.
		const index = page.waitForResponse(/\/search-index\.json$/);
		release();
		await index;
		await expect(resultLinks(page).first()).toHaveAttribute(
			'href',
			'/learn/law/time-barred-debt-and-reporting'
		);
		await expect(box).toHaveValue('time-barred');
		await expect(page).toHaveURL(/\/search\?q=time-barred$/);
	});

	test('Enter before the scripts load searches through the address', async ({ page }) => {
		const release = await holdScripts(page);
		await page.goto('/search', { waitUntil: 'commit' });
		const box = page.getByLabel('Search modules, glossary, rules and questions');
		await box.fill('overshadow');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/search\?q=overshadow$/);
		release();
		await expect(page.locator('#search-results')).toContainText('Overshadowing');
		await expect(page.getByLabel('Search modules, glossary, rules and questions')).toHaveValue(
			'overshadow'
		);
	});
});
