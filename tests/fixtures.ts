import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
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

/**
 * Runs axe on the page as it is now and fails on any violation, listing them plainly. `include`
 * limits the scan to those parts (selectors), for a state that changes only them.
 */
export async function expectNoAxeViolations(page: Page, context = '', include: string[] = []) {
	let builder = new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa'
	]);
	for (const selector of include) builder = builder.include(selector);
	// From the top of the page: axe measures a small target's space to its neighbors where the
	// target is drawn, and a radio button a pixel above the sticky header's edge was judged to have
	// 18 px of space to the header's links, while one under it passed (home.spec failed 1 in 4).
	await page.evaluate(() => scrollTo(0, 0));
	const results = await builder.analyze();
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

/** Opens a module page and marks the module complete. */
export async function markComplete(page: Page, href: string) {
	await page.goto(href);
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await expect(page.getByTestId('module-status')).toHaveText('✓ Completed');
}

/** Waits until the service worker controls the page, so the whole build is cached. */
/** Adds a profile on the Progress page; the app switches to it. */
export async function addProfile(page: Page, name: string) {
	await page.goto('/progress');
	await waitForProfile(page);
	await page.getByLabel('New profile name').fill(name);
	await page.getByRole('button', { name: 'Add profile' }).click();
	await expect(page.locator('#profile-switcher option:checked')).toHaveText(name);
}

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

/**
 * Rows of one table in the app's IndexedDB (or in the team database), read directly, not through
 * the app.
 */
export function rowsOf(
	page: Page,
	table: string,
	database = 'collections-academy'
): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		([name, database]) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open(database);
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
		[table, database] as const
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

/** A question of the bank the exams draw from (`/exams/bank.json`). */
export interface BankQuestion {
	id: string;
	stem: string;
	options: string[];
	answer: number;
}

/** The question bank, by stem. */
export async function bankByStem(page: Page): Promise<Map<string, BankQuestion>> {
	const bank = (await (await page.request.get('/exams/bank.json')).json()) as {
		questions: BankQuestion[];
	};
	return new Map(bank.questions.map((q) => [q.stem.trim(), q]));
}

/** The shown position (0–3) of the right answer of the question whose stem is at `stem`. */
export async function rightOnScreen(
	page: Page,
	stems: Map<string, BankQuestion>,
	stem = '[data-testid="stem"]'
) {
	let right = -1;
	await expect
		.poll(async () => {
			const q = stems.get((await page.locator(stem).textContent())?.trim() ?? '');
			const texts = (await page.locator('.options label span').allTextContents()).map((t) =>
				t.replace(/^[A-D]\.\s*/, '').trim()
			);
			right = q ? texts.indexOf(q.options[q.answer]!.trim()) : -1;
			return right;
		})
		.toBeGreaterThanOrEqual(0);
	return right;
}

/** The local date `offset` days from today, as a date field takes it (YYYY-MM-DD). */
export function localDay(offset: number) {
	const d = new Date();
	d.setDate(d.getDate() + offset);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Starts the default plan (New collections agent, 12 weeks) on /plan, `daysAgo` days ago. */
export async function startPlan(page: Page, daysAgo: number) {
	await page.goto('/plan');
	await waitForProfile(page);
	await page.getByLabel('Start date').fill(localDay(-daysAgo));
	await page.getByLabel('Start date').dispatchEvent('change');
	await expect(page.getByTestId('plan-progress')).toContainText(
		`You are in week ${Math.floor(daysAgo / 7) + 1} of 12.`
	);
}

/** When the records of the files below were made. */
const RECORDED_AT = '2026-03-12T15:00:00.000Z';

/** An employer's plan: one module, the PCS practice exam and one call, on a file. */
const employerPlanFile = {
	format: 'collections-academy-plan',
	version: 1,
	plan: {
		id: 'northwind-desk',
		title: 'Northwind desk, 2 weeks',
		summary: 'A short plan for the Northwind desk.',
		organization: 'Northwind Recovery',
		completion: { modules: ['call-frequency'], exams: ['pcs'], calls: ['wrong-number'] },
		weeks: [
			{
				week: 1,
				title: 'Call limits',
				modules: ['call-frequency', 'harassment-abuse'],
				calls: ['wrong-number'],
				exams: ['pcs'],
				examTarget: 85,
				callTarget: 70
			}
		]
	}
};

/** Imports `employerPlanFile` on /plan. */
export async function importPlan(page: Page) {
	await page.goto('/plan');
	await waitForProfile(page);
	await page.locator('#plan-file').setInputFiles({
		name: 'plan.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(employerPlanFile))
	});
	await expect(page.getByText('Northwind desk, 2 weeks').first()).toBeVisible();
}

/** The current profile's export file, downloaded from /progress. */
export async function exportProfile(page: Page) {
	await page.goto('/progress');
	await waitForProfile(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export this profile' }).click();
	return JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
}

/** Replaces the current profile with `file` through /progress, confirming. */
export async function replaceWith(page: Page, file: unknown) {
	await page.goto('/progress');
	await waitForProfile(page);
	await page.locator('#import-file').setInputFiles({
		name: 'profile.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file))
	});
	await page.getByRole('button', { name: 'Replace with the file' }).click();
	// The file holds everything the device does: the confirmation says nothing is removed.
	await page
		.getByRole('group', { name: /^Replace “.+” with the file\?$/ })
		.getByRole('button', { name: 'Replace with the file' })
		.click();
	await expect(
		page.getByRole('status').filter({ hasText: /Imported .*\(replaced\)/ })
	).toBeVisible();
}

/** The trainee's file with a passed PCS practice exam and a passed call added. */
export function withPassedExamAndCall<
	T extends { profile: { id: string }; tables: { examSessions: unknown[]; callRuns: unknown[] } }
>(file: T): T {
	const pid = file.profile.id;
	const at = RECORDED_AT;
	file.tables.examSessions.push({
		id: 'exam-1',
		profileId: pid,
		blueprintId: 'pcs',
		mode: 'timed',
		seed: 1,
		questionIds: ['q-a', 'q-b'],
		optionOrders: [
			[0, 1, 2, 3],
			[0, 1, 2, 3]
		],
		answers: {
			'q-a': { option: 0, answeredAt: at, seconds: 20 },
			'q-b': { option: 0, answeredAt: at, seconds: 20 }
		},
		flags: [],
		eliminated: {},
		current: 1,
		startedAt: at,
		deadline: '2026-03-12T17:00:00.000Z',
		submittedAt: at,
		result: {
			correct: 2,
			total: 2,
			percent: 90,
			passed: true,
			passPercent: 85,
			byDomain: { 'fdcpa-regf': { correct: 2, total: 2 } },
			secondsUsed: 40
		}
	});
	file.tables.callRuns.push({
		id: 'call-1',
		profileId: pid,
		scenarioId: 'wrong-number',
		startedAt: at,
		steps: [],
		finishedAt: '2026-03-12T15:10:00.000Z',
		result: {
			total: 92,
			passed: true,
			categories: { compliance: 100, outcome: 90, professionalism: 90, documentation: 88 },
			outcome: 'wrong-party',
			violations: [],
			critical: false
		}
	});
	return file;
}

/**
 * Makes the current profile a trainee named `name` who met every completion rule of
 * `employerPlanFile` (its module, exam and call), by importing their file: /progress/report then
 * issues the certificate.
 */
export async function becomeTraineeWhoMetThePlan(page: Page, name: string) {
	await importPlan(page);
	const file = withPassedExamAndCall(await exportProfile(page));
	file.profile.name = name;
	file.tables.moduleProgress.push({
		profileId: file.profile.id,
		moduleId: 'call-frequency',
		status: 'complete',
		readFraction: 1,
		updatedAt: RECORDED_AT,
		completedAt: RECORDED_AT
	});
	await replaceWith(page, file);
	return file;
}

/** The rule the trainee in `traineeFile` breaks: discussing the debt with a third party. */
const THIRD_PARTY_RULE = 'fdcpa-1692c-b-third-parties';

/** A trainee's profile export with one failed call on a real scenario (a critical violation). */
export function traineeFile(id: string, name: string, exportedAt: string, score = 35) {
	const at = '2026-11-10T15:00:00.000Z';
	const backup = {
		format: 'collections-academy-profile',
		version: 3,
		exportedAt,
		profile: { id, name, createdAt: at, updatedAt: at },
		tables: {
			moduleProgress: [],
			notes: [],
			examSessions: [],
			reviewCards: [],
			reviewLog: [],
			callRuns: [
				{
					id: `run-${id}`,
					profileId: id,
					scenarioId: 'attorney-represented',
					startedAt: at,
					dialedAt: at,
					connectedAt: at,
					steps: [
						{ node: 'open', at, kind: 'choice', choice: 0 },
						{ node: 'verify-told', at, kind: 'choice', choice: 0 }
					],
					accountNote: `Spoke with daughter first; ${name} on the line after.`,
					finishedAt: '2026-11-10T15:12:00.000Z',
					result: {
						total: score,
						passed: false,
						categories: { compliance: 20, outcome: 40, professionalism: 40, documentation: 50 },
						outcome: 'call-ended',
						violations: [THIRD_PARTY_RULE],
						critical: true
					}
				}
			],
			planAssignments: [],
			settings: [],
			drillAttempts: [],
			auditAttempts: []
		}
	};
	return {
		name: `${name.toLowerCase()}.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	};
}

/** Home's first-run card (the name and goal questions). */
export const firstRunCard = (page: Page) =>
	page.getByRole('form', { name: 'Welcome. Two quick questions' });

/** Answers the first-run card on home with a name and the job goal. */
export async function answerFirstRun(page: Page, name = 'Sam Lee') {
	await page.goto('/');
	await expect(firstRunCard(page)).toBeVisible();
	await saveFirstRun(page, name);
}

/** Fills the first-run questions home shows (a name, the job goal) and saves them. */
export async function saveFirstRun(page: Page, name: string) {
	await firstRunCard(page).getByLabel('Your name').fill(name);
	await firstRunCard(page).getByRole('radio', { name: 'Get ready for a collections job' }).check();
	await firstRunCard(page).getByRole('button', { name: 'Save' }).click();
	await expect(firstRunCard(page)).toHaveCount(0);
}

/** Sum of layout shifts not caused by the learner, since the page started loading. */
export async function layoutShift(page: Page) {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as unknown as {
						value: number;
						hadRecentInput: boolean;
					}[])
						if (!e.hadRecentInput) total += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(total), 100);
			})
	);
}
