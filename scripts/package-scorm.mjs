#!/usr/bin/env node
/**
 * npm run package:scorm [-- --plan <plan file>] [--out <zip file>] [--no-build]
 *
 * Writes dist/collections-academy-scorm.zip: a SCORM 1.2 package an LMS imports as one SCO. It
 * holds imsmanifest.xml, the built app (the same build as the site: every link resolves from the
 * page's own address, so it runs from whatever path the LMS serves it) and scorm-plan.json, the
 * onboarding plan whose completion rules set the status the LMS sees: the shipped plan, or the plan
 * file given with --plan (a file saved from the plan builder). Builds first when the build is
 * missing or older than the sources.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath, sep } from 'node:path';
import { zipSync } from 'fflate';
import { scormManifest } from './scorm-manifest.mjs';

const root = new URL('..', import.meta.url).pathname;
const buildDir = join(root, 'build');
/** Files for the web host only (Netlify, Cloudflare Pages), not for an LMS. */
const LEAVE_OUT = new Set(['_headers']);

function fail(message) {
	console.error(`package:scorm: ${message} No package was written.`);
	process.exit(1);
}

function filesUnder(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(path) : [path];
	});
}

function newestSource() {
	const sources = ['src', 'content', 'static']
		.map((d) => join(root, d))
		.filter(existsSync)
		.flatMap(filesUnder)
		.filter((f) => !/\.test\.ts$/.test(f));
	sources.push(join(root, 'svelte.config.js'), join(root, 'vite.config.ts'));
	return Math.max(...sources.map((f) => statSync(f).mtimeMs));
}

const args = process.argv.slice(2);
const planAt = args.indexOf('--plan');
if (planAt >= 0 && !args[planAt + 1]) fail('--plan needs a plan file.');
const planPath = planAt >= 0 ? args[planAt + 1] : undefined;
const outAt = args.indexOf('--out');
if (outAt >= 0 && !args[outAt + 1]) fail('--out needs a file name.');
const out = resolvePath(
	outAt >= 0 ? args[outAt + 1] : join(root, 'dist', 'collections-academy-scorm.zip')
);

const index = join(buildDir, 'index.html');
if (args.includes('--no-build')) {
	// The browser test packages the build it is testing: rebuilding would pull build/ from under
	// the preview server the other specs use.
	if (!existsSync(index)) fail('there is no build: run npm run build first.');
} else if (!existsSync(index) || statSync(index).mtimeMs < newestSource()) {
	console.log('package:scorm: building the app first…');
	execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

const course = JSON.parse(readFileSync(join(buildDir, 'scorm-course.json'), 'utf8'));

let planText = course.defaultPlan;
if (planPath) {
	try {
		planText = readFileSync(planPath, 'utf8');
	} catch {
		fail(`cannot read the plan file ${planPath}.`);
	}
}
// The app checks the plan whole when it starts in the LMS; here, enough to refuse a wrong file.
let planFile;
try {
	planFile = JSON.parse(planText);
} catch {
	fail('the plan file is not readable JSON.');
}
if (planFile?.format !== 'collections-academy-plan')
	fail('the file is not a Collections Academy onboarding plan (save one from the plan builder).');
if (typeof planFile.version !== 'number' || planFile.version > 1)
	fail('the plan file is from an unknown version of the app.');
const plan = planFile.plan;
if (!plan || typeof plan.id !== 'string' || !Array.isArray(plan.weeks) || plan.weeks.length === 0)
	fail('the plan file has no plan with weeks in it.');
const unknown = [];
const named = (list, kind, known) => {
	for (const id of list ?? []) if (!known.includes(id)) unknown.push(`${kind} ${id}`);
};
for (const week of plan.weeks) {
	named(week.modules, 'module', course.known.modules);
	named(week.calls, 'call', course.known.calls);
	named(week.exams, 'exam', course.known.exams);
}
if (plan.completion) {
	named(plan.completion.modules, 'module', course.known.modules);
	named(plan.completion.calls, 'call', course.known.calls);
	named(plan.completion.exams, 'exam', course.known.exams);
}
if (unknown.length) fail(`the plan names what this course does not have: ${unknown.join(', ')}.`);

const entries = {};
for (const file of filesUnder(buildDir)) {
	const path = relative(buildDir, file).split(sep).join('/');
	if (LEAVE_OUT.has(path)) continue;
	entries[path] = readFileSync(file);
}
entries['scorm-plan.json'] = new TextEncoder().encode(planText);
const title = `Collections Academy: ${plan.title}`;
const manifest = scormManifest({
	identifier: 'collections-academy',
	title,
	files: Object.keys(entries)
});

mkdirSync(dirname(out), { recursive: true });
const zip = zipSync(
	{ 'imsmanifest.xml': new TextEncoder().encode(manifest), ...entries },
	{ level: 6 }
);
writeFileSync(out, zip);
console.log(
	`package:scorm: wrote ${relative(root, out)} (${Object.keys(entries).length + 1} files, ${(zip.length / 1024 / 1024).toFixed(1)} MB), plan "${plan.title}".`
);
