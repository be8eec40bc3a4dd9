/**
 * The SCORM 1.2 package in an LMS. The zip made by `npm run package:scorm` (with a small test plan)
 * is unpacked and served from a nested path by a plain static server started here; a host page
 * plays the LMS: it creates `window.API` from scorm-again's SCORM 1.2 runtime, keeps what the SCO
 * commits (in its localStorage, as an LMS keeps it on its server) and puts the SCO in an iframe.
 */
import { test, expect, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';

const SCO_PATH = '/lms/course/42/sco/';
const STORE = 'lms-cmi';

let server: Server;
let origin: string;
let work: string;
let modules: { id: string; title: string }[];

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain',
	'.xml': 'application/xml'
};

/** The LMS's player page: scorm-again as window.API, the SCO in an iframe. */
const PLAYER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="scorm12.js"></script>
<script>
	const saved = JSON.parse(localStorage.getItem('${STORE}') || '{}');
	const api = new Scorm12API({ autocommit: false, logLevel: 5 });
	// What the LMS kept from the last session, loaded back before launch.
	if (saved['cmi.suspend_data']) api.cmi.suspend_data = saved['cmi.suspend_data'];
	if (saved['cmi.core.lesson_status']) api.cmi.core.lesson_status = saved['cmi.core.lesson_status'];
	if (saved['cmi.core.score.raw']) api.cmi.core.score.raw = saved['cmi.core.score.raw'];
	if (saved['cmi.core.exit'] === 'suspend') api.cmi.core.entry = 'resume';
	const reject = new URLSearchParams(location.search).has('reject');
	const pending = {};
	const setValue = api.LMSSetValue.bind(api);
	api.LMSSetValue = (element, value) => {
		if (reject) return 'false';
		const result = setValue(element, value);
		if (String(result) === 'true') pending[element] = String(value);
		return result;
	};
	const commit = api.LMSCommit.bind(api);
	api.LMSCommit = (arg) => {
		const result = commit(arg);
		const store = JSON.parse(localStorage.getItem('${STORE}') || '{}');
		Object.assign(store, pending, { commits: (store.commits || 0) + 1 });
		localStorage.setItem('${STORE}', JSON.stringify(store));
		return result;
	};
	window.API = api;
</script></head>
<body><h1>Test LMS</h1><iframe id="sco" title="Course" src="course/42/sco/index.html" style="width:1200px;height:800px"></iframe></body></html>`;

function serve(dir: string): Promise<Server> {
	const scormAgain = readFileSync(
		join(process.cwd(), 'node_modules/scorm-again/dist/scorm12.js'),
		'utf8'
	);
	const s = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
		const send = (status: number, type: string, body: string | Buffer) => {
			res.writeHead(status, { 'content-type': type });
			res.end(body);
		};
		if (path === '/lms/player.html') return send(200, TYPES['.html']!, PLAYER);
		if (path === '/lms/scorm12.js') return send(200, TYPES['.js']!, scormAgain);
		if (!path.startsWith(SCO_PATH)) return send(404, 'text/plain', 'not found');
		// A plain static server: exact files only, as many LMS content servers are.
		let rel = normalize(path.slice(SCO_PATH.length));
		if (rel.startsWith('..')) return send(403, 'text/plain', 'forbidden');
		if (rel === '.' || rel.endsWith('/')) rel = join(rel, 'index.html');
		const file = join(dir, rel);
		if (!existsSync(file)) return send(404, 'text/plain', 'not found');
		try {
			send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
		} catch {
			send(404, 'text/plain', 'not found');
		}
	});
	return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

test.beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'scorm-e2e-'));
	const course = JSON.parse(readFileSync('build/scorm-course.json', 'utf8')) as {
		facts: { modules: { id: string; title: string }[] };
	};
	modules = course.facts.modules.slice(0, 2);
	// The cheapest plan a learner can complete: two modules.
	const plan = {
		format: 'collections-academy-plan',
		version: 1,
		plan: {
			id: 'scorm-test',
			title: 'SCORM test plan',
			summary: 'Two modules.',
			completion: { modules: modules.map((m) => m.id) },
			weeks: [{ week: 1, title: 'Week one', modules: modules.map((m) => m.id) }]
		}
	};
	writeFileSync(join(work, 'plan.json'), JSON.stringify(plan));
	const zipPath = join(work, 'package.zip');
	execFileSync(
		'node',
		[
			'scripts/package-scorm.mjs',
			'--no-build',
			'--plan',
			join(work, 'plan.json'),
			'--out',
			zipPath
		],
		{ stdio: 'pipe' }
	);
	const files = unzipSync(readFileSync(zipPath));
	const dir = join(work, 'sco');
	for (const [name, data] of Object.entries(files)) {
		if (name.endsWith('/')) continue;
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), data);
	}
	expect(Object.keys(files)).toContain('imsmanifest.xml');
	expect(Object.keys(files)).toContain('index.html');
	server = await serve(dir);
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise((resolve) => server?.close(resolve));
	if (work) rmSync(work, { recursive: true, force: true });
});

/** Every request the page makes, for the same-origin check. */
function watchRequests(page: Page): string[] {
	const foreign: string[] = [];
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:'))
			foreign.push(url);
	});
	return foreign;
}

const stored = (page: Page) =>
	page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORE) as Promise<
		Record<string, string>
	>;

async function openPlayer(context: BrowserContext, query = '') {
	const page = await context.newPage();
	const foreign = watchRequests(page);
	await page.goto(`${origin}/lms/player.html${query}`);
	const sco = page.frameLocator('#sco');
	await expect(sco.getByRole('link', { name: 'Collections Academy' })).toBeVisible();
	return { page, sco, foreign };
}

/** Opens a module from the Learn page (client-side navigation) and marks it complete. */
async function complete(sco: FrameLocator, title: string) {
	await sco.getByRole('navigation').getByRole('link', { name: 'Learn', exact: true }).click();
	await sco.getByRole('link', { name: title, exact: true }).first().click();
	await expect(sco.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const mark = sco.getByRole('button', { name: 'Mark as complete' });
	await mark.click();
	await expect(sco.getByRole('button', { name: /Completed ✓/ })).toBeVisible();
}

test('completing the plan in an LMS sets lesson_status and score, and a new machine restores it from suspend_data', async ({
	browser
}) => {
	const first = await browser.newContext({ serviceWorkers: 'allow' });
	const { page, sco, foreign } = await openPlayer(first);
	await expect.poll(async () => (await stored(page))['cmi.core.lesson_status']).toBe('incomplete');
	// Inside an LMS the app registers no service worker.
	const frame = page.frame({ url: /\/sco\// })!;
	expect(frame.url()).toBe(`${origin}${SCO_PATH}index.html`);
	expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);

	await complete(sco, modules[0]!.title);
	await sco.getByRole('navigation').getByRole('link', { name: 'Progress' }).click();
	await expect.poll(async () => (await stored(page))['cmi.core.score.raw']).toBe('50');
	expect((await stored(page))['cmi.core.lesson_status']).toBe('incomplete');

	await complete(sco, modules[1]!.title);
	await sco.getByRole('navigation').getByRole('link', { name: 'Progress' }).click();
	await expect.poll(async () => (await stored(page))['cmi.core.lesson_status']).toBe('completed');
	let cmi = await stored(page);
	expect(cmi['cmi.core.score.raw']).toBe('100');
	expect(cmi['cmi.core.exit']).toBe('suspend');
	expect(cmi['cmi.suspend_data']).toMatch(/^1\|m:/);
	for (const m of modules) expect(cmi['cmi.suspend_data']).toContain(m.id);

	// Leaving: the SCO reports its session time and finishes.
	await page.evaluate(() => document.getElementById('sco')!.remove());
	await expect
		.poll(async () => (await stored(page))['cmi.core.session_time'])
		.toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
	cmi = await stored(page);
	expect(foreign).toEqual([]);
	await first.close();

	// Another machine: a fresh browser (empty IndexedDB); the LMS still has what was committed.
	const second = await browser.newContext();
	await second.addInitScript(
		([key, value]) => {
			if (location.pathname === '/lms/player.html' && !sessionStorage.getItem('seeded')) {
				localStorage.setItem(key!, value!);
				sessionStorage.setItem('seeded', '1');
			}
		},
		[STORE, JSON.stringify(cmi)]
	);
	const again = await openPlayer(second);
	await again.sco.getByRole('navigation').getByRole('link', { name: 'Learn', exact: true }).click();
	await again.sco.getByRole('link', { name: modules[0]!.title, exact: true }).first().click();
	// Restored from suspend_data into this device's IndexedDB.
	await expect(again.sco.getByRole('button', { name: /Completed ✓/ })).toBeVisible();
	await again.sco.getByRole('navigation').getByRole('link', { name: 'Progress' }).click();
	await expect
		.poll(async () => (await stored(again.page)).commits)
		.toBeGreaterThan(Number(cmi.commits));
	const after = await stored(again.page);
	expect(after['cmi.suspend_data']).toBe(cmi['cmi.suspend_data']);
	expect(after['cmi.core.lesson_status']).toBe('completed');
	expect(after['cmi.core.score.raw']).toBe('100');
	expect(again.foreign).toEqual([]);
	await second.close();
});

test('an LMS that refuses every LMSSetValue is logged and does not stop the learner', async ({
	browser
}) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning') warnings.push(m.text());
	});
	await page.goto(`${origin}/lms/player.html?reject`);
	const sco = page.frameLocator('#sco');
	await complete(sco, modules[0]!.title);
	await sco.getByRole('navigation').getByRole('link', { name: 'Progress' }).click();
	await expect(sco.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
	await expect
		.poll(() => warnings.some((w) => /SCORM: LMSSetValue cmi\.\S+ failed/.test(w)))
		.toBe(true);
	expect((await stored(page))['cmi.core.lesson_status']).toBeUndefined();
	await context.close();
});

test('the packager refuses a plan that names a module the course does not have', () => {
	const bad = join(work, 'bad-plan.json');
	writeFileSync(
		bad,
		JSON.stringify({
			format: 'collections-academy-plan',
			version: 1,
			plan: {
				id: 'bad',
				title: 'Bad',
				summary: 'S',
				weeks: [{ week: 1, title: 'W', modules: ['no-such-module'] }]
			}
		})
	);
	const out = join(work, 'bad.zip');
	let message = '';
	try {
		execFileSync('node', ['scripts/package-scorm.mjs', '--no-build', '--plan', bad, '--out', out], {
			stdio: 'pipe'
		});
	} catch (error) {
		message = String((error as { stderr: Buffer }).stderr);
	}
	expect(message).toContain('the plan names what this course does not have: module no-such-module');
	expect(existsSync(out)).toBe(false);
});
