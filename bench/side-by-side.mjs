/**
 * Lighthouse (mobile preset, simulated throttling) on our module page and the peer's page for the
 * same module, alternating ours / peer / ours / peer..., a fresh Chrome for every run, so the
 * ratio between the two holds even on a noisy machine. Reports medians, the run-to-run spread and
 * ours/peer ratios. `npm run bench` calls this; it can also run on its own:
 *
 *   RUNS=5 node bench/side-by-side.mjs OURS_URL PEER_URL [OURS_URL2 PEER_URL2 ...]
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One Lighthouse run in a fresh browser; the figures we compare. */
export async function measure(url) {
	const started = Date.now();
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES
		});
		const lhr = result.lhr;
		if (lhr.runtimeError)
			throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const audits = lhr.audits;
		const score = (c) => Math.round(lhr.categories[c].score * 100);
		const byType = Object.fromEntries(
			(audits['resource-summary']?.details?.items ?? []).map((r) => [r.resourceType, r])
		);
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
			fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
			tbtMs: Math.round(audits['total-blocking-time'].numericValue),
			cls: +audits['cumulative-layout-shift'].numericValue.toFixed(4),
			totalBytes: byType.total?.transferSize ?? 0,
			jsBytes: byType.script?.transferSize ?? 0,
			requests: byType.total?.requestCount ?? 0,
			jsRequests: byType.script?.requestCount ?? 0,
			runSeconds: +((Date.now() - started) / 1000).toFixed(1)
		};
	} finally {
		await chrome.kill();
	}
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Per figure of `runs` (measure's results): the median, the least and the most. */
export const summariseRuns = (runs) =>
	Object.fromEntries(
		Object.keys(runs[0]).map((k) => {
			const values = runs.map((r) => r[k]);
			return [k, { median: median(values), min: Math.min(...values), max: Math.max(...values) }];
		})
	);
const ratio = (a, b) => (b ? Math.round((a / b) * 1000) / 1000 : null);

/**
 * Runs every pair `runs` times each. `pairs`: [{ name, ours, peer }] (URLs).
 * Returns per pair the raw runs, medians with min and max, and ours/peer ratios of the medians.
 */
export async function sideBySide(
	pairs,
	{ runs = 5, log = (line) => process.stderr.write(line) } = {}
) {
	const results = [];
	for (const pair of pairs) {
		const sides = { ours: [], peer: [] };
		for (let r = 0; r < runs; r++)
			for (const side of /** @type {const} */ (['ours', 'peer'])) {
				log(`side by side ${pair.name}: run ${r + 1}/${runs} ${side} ... `);
				const figures = await measure(pair[side]);
				sides[side].push(figures);
				log(`${figures.runSeconds} s\n`);
			}
		const ours = summariseRuns(sides.ours);
		const peer = summariseRuns(sides.peer);
		results.push({
			name: pair.name,
			urls: { ours: pair.ours, peer: pair.peer },
			runs: sides,
			ours,
			peer,
			ratio: Object.fromEntries(
				Object.keys(ours).map((k) => [k, ratio(ours[k].median, peer[k].median)])
			)
		});
	}
	return results;
}

/** A plain table of one pair: median (min–max) for each side, and the ratio of the medians. */
export function table(result) {
	const keys = Object.keys(result.ours).filter((k) => k !== 'runSeconds');
	const cell = (s) => (s.min === s.max ? `${s.median}` : `${s.median} (${s.min}–${s.max})`);
	const rows = keys.map((k) => [
		k,
		cell(result.ours[k]),
		cell(result.peer[k]),
		`${result.ratio[k] ?? ''}`
	]);
	const widths = [0, 1, 2, 3].map((i) =>
		Math.max(...[['figure', 'ours', 'peer', 'ours/peer'], ...rows].map((r) => r[i].length))
	);
	const line = (r) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
	return [line(['figure', 'ours', 'peer', 'ours/peer']), ...rows.map(line)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const urls = process.argv.slice(2);
	if (!urls.length || urls.length % 2) {
		console.error('Usage: node bench/side-by-side.mjs OURS_URL PEER_URL [OURS_URL2 PEER_URL2 ...]');
		process.exit(2);
	}
	const pairs = [];
	for (let i = 0; i < urls.length; i += 2)
		pairs.push({ name: new URL(urls[i]).pathname, ours: urls[i], peer: urls[i + 1] });
	const results = await sideBySide(pairs, { runs: Number(process.env.RUNS ?? 5) });
	for (const r of results)
		console.log(`\n${r.name} (median of ${process.env.RUNS ?? 5}, min–max)\n${table(r)}`);
	console.log(JSON.stringify(results, null, 2));
}
