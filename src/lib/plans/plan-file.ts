/**
 * Onboarding plans shared as files: an employer builds or edits a plan, exports it, and each
 * trainee imports it. The file is checked whole before anything is kept.
 */
import * as v from 'valibot';
import { PlanSchema, type Plan } from '$lib/content/schema';

export const PLAN_FILE_FORMAT = 'collections-academy-plan';
export const PLAN_FILE_VERSION = 1;

export interface KnownIds {
	modules: ReadonlySet<string>;
	calls: ReadonlySet<string>;
	exams: ReadonlySet<string>;
	/** Call audits offered in this version of the app (drill types are checked by the schema). */
	audits?: ReadonlySet<string>;
	/** Plans that ship with the app; a shared plan may not take their ids. */
	builtInPlans: ReadonlySet<string>;
}

export function planToFile(plan: Plan): string {
	return JSON.stringify({ format: PLAN_FILE_FORMAT, version: PLAN_FILE_VERSION, plan }, null, 2);
}

export function planFileName(plan: Plan): string {
	return `plan-${plan.id}.json`;
}

export type PlanRead = { ok: true; plan: Plan } | { ok: false; message: string };

export function readPlanFile(text: string, known: KnownIds): PlanRead {
	const fail = (message: string): PlanRead => ({
		ok: false,
		message: `${message} Nothing was changed.`
	});
	if (text.length > 1_000_000) return fail('The file is too large to be an onboarding plan.');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return fail('The file is not readable JSON: it may be cut short or not a plan file.');
	}
	const head = (data ?? {}) as Record<string, unknown>;
	if (typeof data !== 'object' || Array.isArray(data) || head.format !== PLAN_FILE_FORMAT)
		return fail('The file is not a Collections Academy onboarding plan.');
	if (typeof head.version === 'number' && head.version > PLAN_FILE_VERSION)
		return fail(
			'The plan was made by a newer version of the app. Update the app, then import again.'
		);
	const parsed = v.safeParse(PlanSchema, head.plan);
	if (!parsed.success) {
		const issue = parsed.issues[0]!;
		const where = (issue.path ?? [])
			.map((p) => (typeof p.key === 'number' ? p.key + 1 : p.key))
			.join(' › ');
		return fail(`The plan is not valid: ${where ? `${where}: ` : ''}${issue.message}.`);
	}
	return checkPlanIds(parsed.output, known);
}

/** Every module, call and exam the plan names must exist in this version of the app. */
export function checkPlanIds(plan: Plan, known: KnownIds): PlanRead {
	const fail = (message: string): PlanRead => ({
		ok: false,
		message: `${message} Nothing was changed.`
	});
	if (known.builtInPlans.has(plan.id))
		return fail(
			`The plan's id "${plan.id}" is the id of a plan that comes with the app; give it another id.`
		);
	for (const w of plan.weeks) {
		const unknown = [
			...w.modules.filter((id) => !known.modules.has(id)).map((id) => `module "${id}"`),
			...w.calls.filter((id) => !known.calls.has(id)).map((id) => `call "${id}"`),
			...w.exams.filter((id) => !known.exams.has(id)).map((id) => `exam "${id}"`),
			...(w.audits ?? [])
				.filter((id) => known.audits && !known.audits.has(id))
				.map((id) => `call audit "${id}"`)
		];
		if (unknown.length)
			return fail(`Week ${w.week} names ${unknown.join(', ')}, which this app does not have.`);
	}
	const c = plan.completion;
	if (c) {
		const unknown = [
			...c.modules.filter((id) => !known.modules.has(id)).map((id) => `module "${id}"`),
			...c.exams.filter((id) => !known.exams.has(id)).map((id) => `exam "${id}"`),
			...c.calls.filter((id) => !known.calls.has(id)).map((id) => `call "${id}"`)
		];
		if (unknown.length)
			return fail(`The completion rules name ${unknown.join(', ')}, which this app does not have.`);
		if (!c.modules.length && !c.exams.length && !c.calls.length && !c.minReviews)
			return fail('The completion rules name nothing to complete.');
	}
	const weeks = plan.weeks.map((w) => w.week);
	if (new Set(weeks).size !== weeks.length)
		return fail('Two weeks in the plan have the same number.');
	return { ok: true, plan };
}

/**
 * A plan id from its title: "Healthcare desk, 8 weeks" → "healthcare-desk-8-weeks". Ids are plain
 * Latin letters, so a title in another script (or of punctuation only) would slug to nothing: such a
 * title gets a short fingerprint of its own text, and two different titles never share an id.
 */
export function planIdFrom(title: string): string {
	const clean = title.trim();
	const slug = clean
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 50)
		.replace(/-+$/, '');
	const onlyLatin = /^[\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}]*$/u.test(
		clean.normalize('NFKD').replace(/\p{M}/gu, '')
	);
	if (slug && onlyLatin) return slug;
	return `${slug || 'plan'}-${fingerprint(clean)}`;
}

/** FNV-1a over the title, in base 36: short, stable, and different for different titles. */
function fingerprint(text: string): string {
	let hash = 0x811c9dc5;
	for (const ch of text) {
		hash ^= ch.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0');
}

/** The id itself if no saved plan has it, else the first free "id-2", "id-3", … */
export function freePlanId(id: string, taken: ReadonlySet<string>): string {
	if (!taken.has(id)) return id;
	for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}
