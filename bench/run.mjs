/**
 * `npm run bench`: builds the app, serves it on loopback, and measures what a trainee on an old
 * phone would feel. Prints each figure against its target and writes bench/results.json.
 * Timings live here, never in `npm test`, so the test suite cannot flake on a busy machine.
 *
 * The last part compares a module page side by side with the same module built with VitePress
 * (installed on demand outside the project, see peer-vitepress.mjs), both served by serve.mjs.
 * Flags: --no-build, --no-lighthouse (skips the side by side too), --no-peer. BENCH_PAGE_RUNS sets
 * the Lighthouse passes per page (default 3, the median counts); BENCH_RUNS sets the Lighthouse
 * runs per side in the side by side (default 5).
 */
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { buildPeer, VITEPRESS_VERSION } from './peer-vitepress.mjs';
import { heavyProfile } from './profile.mjs';
import { serve } from './serve.mjs';
import { measure, sideBySide, summariseRuns, table } from './side-by-side.mjs';
import { fetchedByPage, filesUnder, precacheSize } from './sizes.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BUILD = join(ROOT, 'build');
const PORT = 4180;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROME = CHROMIUM_PATH;
const PAGES = [
	{ name: 'home', path: '/' },
	{ name: 'module', path: '/learn/law/call-frequency' },
	{ name: 'exams', path: '/exams' }
];
/** The modules of the side by side: ours at /learn/<track>/<id>, the peer's from the same file. */
const SIDE_BY_SIDE = [
	'content/modules/law/03-call-frequency.md',
	'content/modules/negotiation/04-payment-plans-settlements.md'
];
const MODULE_JS_KB = 43;

const rows = [];
function record(group, figure, value, unit, target, passes) {
	rows.push({ group, figure, value, unit, target, met: passes(value) });
}
const atMost = (max) => (v) => v <= max;
const atLeast = (min) => (v) => v >= min;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------- build and serve
if (!process.argv.includes('--no-build'))
	execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
	{
		cwd: ROOT,
		stdio: 'ignore',
		detached: true
	}
);
const stopServer = () => {
	try {
		process.kill(-server.pid);
	} catch {
		/* already gone */
	}
};
process.on('exit', stopServer);
for (let i = 0; ; i++) {
	try {
		if ((await fetch(ORIGIN)).ok) break;
	} catch {
		if (i > 100) throw new Error('The preview server did not start.');
		await new Promise((r) => setTimeout(r, 200));
	}
}

// ---------------------------------------------------------------- page weight
// What each page really fetches in a fresh browser, left alone for five seconds after it loads
// (bench/sizes.mjs), gzip sizes.
{
	const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_ARGS });
	for (const page of PAGES) {
		const context = await browser.newContext({ baseURL: ORIGIN });
		const { js, css, files } = await fetchedByPage(await context.newPage(), page.path);
		await context.close();
		const count = files.filter((f) => f.kind === 'js').length;
		record(
			'page weight',
			`${page.name} JavaScript fetched, left alone 5 s (gzip, ${count} files)`,
			kb(js),
			'KB',
			page.name === 'module' ? `≤ ${MODULE_JS_KB}` : '—',
			page.name === 'module' ? atMost(MODULE_JS_KB) : () => true
		);
		record('page weight', `${page.name} CSS fetched (gzip)`, kb(css), 'KB', '—', () => true);
	}
	await browser.close();
}
const { download, stored } = precacheSize(BUILD);
record(
	'page weight',
	'total precache, downloaded (gzip)',
	round(download / 1024 / 1024),
	'MB',
	'≤ 3',
	atMost(3)
);
record(
	'page weight',
	'total precache, stored uncompressed',
	round(stored / 1024 / 1024),
	'MB',
	'—',
	() => true
);

// ---------------------------------------------------------------- search
{
	const vite = await createServer({
		root: ROOT,
		configFile: false,
		logLevel: 'error',
		server: { middlewareMode: true },
		appType: 'custom'
	});
	const engine = await vite.ssrLoadModule('/src/lib/search/engine.ts');
	const json = readFileSync(join(BUILD, 'search-index.json'));
	record('search', 'index download (gzip)', kb(gzipSync(json).length), 'KB', '—', () => true);
	// The search page loads the serialized MiniSearch index as it opens.
	const loads = [];
	for (let i = 0; i < 5; i++) {
		const t = performance.now();
		engine.loadIndex(json.toString('utf8'));
		loads.push(performance.now() - t);
	}
	record('search', 'index load (median of 5)', round(percentile(loads, 50)), 'ms', '—', () => true);
	const index = engine.loadIndex(json.toString('utf8'));
	// Query material: the stored titles of the glossary entries and module sections.
	const docs = Object.values(JSON.parse(json.toString('utf8')).storedFields);
	const glossary = docs.filter((d) => d.kind === 'glossary').map((d) => d.title);
	const sections = docs.filter((d) => d.kind === 'section').map((d) => d.title);
	const queries = [
		...glossary.slice(0, 30),
		...sections.slice(0, 30).map((t) => t.split(' ').slice(0, 3).join(' ')),
		...glossary.slice(30, 50).map((t) => t.slice(0, Math.max(3, t.length - 3))), // typed half-way
		'mini miranda',
		'seven calls in seven days',
		'validation notice dispute',
		'cease communication',
		'bankruptcy stay',
		'servicemember interest',
		'time barred',
		'credit report medical',
		'HIPAA minimum',
		'payment plan budget',
		'settlement letter',
		'skip trace',
		'DSO formula',
		'aging bucket 90',
		'EOB deductible',
		'CPT code',
		'accounts payable clerk',
		'postdated check',
		'wrong number',
		'zzzz nothing'
	].slice(0, 100);
	for (const q of queries) engine.search(index, q); // warm up
	const times = queries.map((q) => {
		const t = performance.now();
		engine.search(index, q);
		return performance.now() - t;
	});
	await vite.close();
	record(
		'search',
		`p50 of ${queries.length} queries`,
		round(percentile(times, 50), 3),
		'ms',
		'—',
		() => true
	);
	record(
		'search',
		`p95 of ${queries.length} queries`,
		round(percentile(times, 95), 3),
		'ms',
		'≤ 5',
		atMost(5)
	);
}

// ---------------------------------------------------------------- database in Chromium
// In a browser that keeps its data on disk, as a learner's does: an off-the-record context keeps
// IndexedDB in memory, where writes slow as the store grows.
{
	const profileDir = mkdtempSync(join(tmpdir(), 'bench-browser-'));
	const context = await chromium.launchPersistentContext(profileDir, {
		executablePath: CHROME,
		args: CHROMIUM_ARGS,
		baseURL: ORIGIN
	});
	const page = await context.newPage();

	await page.goto('/exams/pcs');
	await page.locator('#profile-switcher').waitFor();
	// Steady state: the service worker has finished precaching the app before the exam starts.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.getByRole('button', { name: 'Start timed exam' }).click();
	await page.waitForURL(/exams\/take/);
	for (let i = 0; i < 50; i++) {
		await page.getByTestId('stem').waitFor();
		const key = 'abcd'[i % 4];
		await page.keyboard.press(key);
		await page
			.locator('input[name="answer"]')
			.nth(i % 4)
			.isChecked();
		await page.waitForFunction(
			(n) => performance.getEntriesByName('answer-save').length >= n,
			i + 1
		);
		if (i < 49) await page.keyboard.press('n');
		// A learner reads each question before answering; the next save does not queue behind
		// the move to the next question.
		await page.waitForTimeout(150);
	}
	const saves = await page.evaluate(() =>
		performance.getEntriesByName('answer-save').map((e) => e.duration)
	);
	record(
		'database',
		'answer save during a timed exam, p95',
		round(percentile(saves, 95)),
		'ms',
		'≤ 10',
		atMost(10)
	);

	// The search page fetches and loads its index as it opens (from the service worker's cache).
	const searchReady = [];
	for (let i = 0; i < 5; i++) {
		await page.goto('/search');
		await page.waitForFunction(() => performance.getEntriesByName('search-index').length > 0);
		searchReady.push(
			await page.evaluate(() => performance.getEntriesByName('search-index')[0].duration)
		);
	}
	record(
		'search',
		'search page: index fetched and loaded (median of 5)',
		round(percentile(searchReady, 50)),
		'ms',
		'—',
		() => true
	);

	const bank = JSON.parse(readFileSync(join(BUILD, 'exams/bank.json'), 'utf8'));
	const modules = filesUnder(join(BUILD, 'learn'))
		.filter((f) => f.endsWith('.html') && relative(join(BUILD, 'learn'), f).split('/').length === 2)
		.map((f) => f.split('/').at(-1).replace('.html', ''));
	const calls = readdirSync(join(BUILD, 'calls'))
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.replace('.html', ''));
	const heavy = heavyProfile(bank, modules, calls);
	await page.goto('/progress');
	await page.locator('#import-file').setInputFiles({
		name: 'heavy.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(heavy))
	});
	await page.getByRole('button', { name: 'Import as a new profile' }).click();
	await page.getByText('Imported “Bench trainee”').waitFor({ timeout: 60_000 });
	const renders = [];
	for (let i = 0; i < 5; i++) {
		await page.goto('/progress');
		await page.waitForFunction(() => performance.getEntriesByName('dashboard').length > 0, null, {
			timeout: 30_000
		});
		renders.push(await page.evaluate(() => performance.getEntriesByName('dashboard')[0].duration));
	}
	record(
		'database',
		'dashboard render, 10,000 answers / 300 exams / 200 calls (median of 5)',
		round(percentile(renders, 50)),
		'ms',
		'≤ 200',
		atMost(200)
	);
	await context.close();
	rmSync(profileDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------- Lighthouse (mobile preset)
// The median of PAGE_RUNS passes per page, each in a fresh browser as in the side by side: one
// pass's total blocking time moves by 100 ms and more from run to run on this machine, and the
// score with it.
const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
if (!process.argv.includes('--no-lighthouse')) {
	for (const page of PAGES) {
		const runs = [];
		for (let i = 0; i < PAGE_RUNS; i++) runs.push(await measure(`${ORIGIN}${page.path}`));
		const figures = summariseRuns(runs);
		const of = ` (median of ${PAGE_RUNS})`;
		const { performance } = figures;
		record(
			'lighthouse',
			`${page.name} performance${of}, runs ${performance.min}–${performance.max}`,
			performance.median,
			'',
			'≥ 98',
			atLeast(98)
		);
		for (const [name, key] of [
			['accessibility', 'accessibility'],
			['best-practices', 'bestPractices'],
			['seo', 'seo']
		])
			record(
				'lighthouse',
				`${page.name} ${name}${of}`,
				figures[key].median,
				'',
				'100',
				atLeast(100)
			);
		record(
			'lighthouse',
			`${page.name} LCP${of}`,
			round(figures.lcpMs.median / 1000),
			's',
			'—',
			() => true
		);
		record('lighthouse', `${page.name} TBT${of}`, figures.tbtMs.median, 'ms', '—', () => true);
		record(
			'lighthouse',
			`${page.name} CLS${of}`,
			round(figures.cls.median, 3),
			'',
			'—',
			() => true
		);
	}
}

stopServer();

// ---------------------------------------------------------------- side by side with VitePress
let peerComparison;
if (!process.argv.includes('--no-lighthouse') && !process.argv.includes('--no-peer')) {
	const modules = SIDE_BY_SIDE.map((file) => {
		const text = readFileSync(join(ROOT, file), 'utf8');
		const field = (name) => text.match(new RegExp(`^${name}:\\s*(.+)$`, 'm'))[1].trim();
		return { file: join(ROOT, file), path: `/learn/${field('track')}/${field('id')}` };
	});
	let peer;
	try {
		peer = buildPeer(modules.map((m) => m.file));
	} catch (error) {
		console.error(
			`\nThe VitePress peer could not be built, so there is no side by side: ${error.message}`
		);
	}
	if (peer) {
		const ours = await serve(BUILD);
		const theirs = await serve(peer.dist);
		try {
			const runs = Number(process.env.BENCH_RUNS ?? 5);
			const pairs = modules.map((m, i) => ({
				name: m.path,
				ours: `${ours.url}${m.path}`,
				peer: `${theirs.url}${peer.pages[i].path}`
			}));
			const results = await sideBySide(pairs, { runs });
			peerComparison = { vitepress: VITEPRESS_VERSION, runsPerSide: runs, pairs: results };
			for (const r of results) {
				const o = r.ours;
				const p = r.peer;
				const name = r.name.split('/').at(-1);
				const vs = (key, digits = 2) => round(r.ratio[key], digits);
				record(
					'side by side',
					`${name}: JavaScript transferred, ours/VitePress`,
					vs('jsBytes'),
					'×',
					'≤ 0.8',
					atMost(0.8)
				);
				record(
					'side by side',
					`${name}: total transferred, ours/VitePress`,
					vs('totalBytes'),
					'×',
					'≤ 0.5',
					atMost(0.5)
				);
				record(
					'side by side',
					`${name}: total blocking time, ours − VitePress`,
					o.tbtMs.median - p.tbtMs.median,
					'ms',
					'≤ 0',
					atMost(0)
				);
				record(
					'side by side',
					`${name}: LCP, ours/VitePress`,
					vs('lcpMs'),
					'×',
					'≤ 0.9',
					atMost(0.9)
				);
				record(
					'side by side',
					`${name}: performance score, ours − VitePress`,
					o.performance.median - p.performance.median,
					'',
					'≥ 0',
					atLeast(0)
				);
				for (const [key, label] of [
					['accessibility', 'accessibility'],
					['bestPractices', 'best-practices'],
					['seo', 'seo']
				])
					record('side by side', `${name}: ours ${label}`, o[key].median, '', '100', atLeast(100));
			}
			for (const r of results)
				console.log(
					`\n${r.name}: ours vs VitePress ${VITEPRESS_VERSION}, median of ${runs} (min–max)\n${table(r)}`
				);
		} finally {
			await ours.close();
			await theirs.close();
		}
	}
}

// ---------------------------------------------------------------- report
const width = Math.max(...rows.map((r) => r.figure.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(10)}  target   met`);
for (const r of rows)
	console.log(
		`${r.figure.padEnd(width)}  ${`${r.value} ${r.unit}`.padStart(10)}  ${r.target.padEnd(7)}  ${r.target === '—' ? '' : r.met ? 'yes' : 'NO'}`
	);
const results = {
	measuredAt: new Date().toISOString(),
	node: process.version,
	figures: rows,
	...(peerComparison ? { sideBySide: peerComparison } : {})
};
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, '\t') + '\n');
console.log('\nWritten to bench/results.json');
const missed = rows.filter((r) => r.target !== '—' && !r.met);
if (missed.length) {
	console.log(`${missed.length} target(s) missed.`);
	process.exitCode = 1;
}
