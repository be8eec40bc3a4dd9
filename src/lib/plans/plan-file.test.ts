import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import { freePlanId, planIdFrom, planToFile, readPlanFile } from './plan-file';

const known = {
	modules: new Set(['call-frequency', 'harassment-abuse']),
	calls: new Set(['wrong-number']),
	exams: new Set(['pcs']),
	builtInPlans: new Set(['new-agent-12-weeks'])
};
const plan: Plan = {
	id: 'healthcare-desk',
	title: 'Healthcare desk',
	summary: 'Four weeks.',
	weeks: [
		{ week: 1, title: 'Law', modules: ['call-frequency'], calls: ['wrong-number'], exams: [] }
	]
};

describe('plan files', () => {
	it('round-trips a plan', () => {
		expect(readPlanFile(planToFile(plan), known)).toEqual({ ok: true, plan });
	});

	it('refuses a module the app does not have, in plain words', () => {
		const text = planToFile({ ...plan, weeks: [{ ...plan.weeks[0]!, modules: ['tax-law'] }] });
		expect(readPlanFile(text, known)).toEqual({
			ok: false,
			message: 'Week 1 names module "tax-law", which this app does not have. Nothing was changed.'
		});
	});

	it('refuses broken JSON, other files, a missing title and a built-in id', () => {
		expect(readPlanFile('{"format":', known).ok).toBe(false);
		expect(readPlanFile('{"a":1}', known)).toMatchObject({
			message: expect.stringMatching(/not a Collections Academy onboarding plan/)
		});
		const untitled = JSON.parse(planToFile(plan));
		delete untitled.plan.title;
		expect(readPlanFile(JSON.stringify(untitled), known)).toMatchObject({
			message: expect.stringMatching(/^The plan is not valid: /)
		});
		expect(readPlanFile(planToFile({ ...plan, id: 'new-agent-12-weeks' }), known)).toMatchObject({
			message: expect.stringMatching(/comes with the app/)
		});
	});

	it('reads a plan with an organization, completion rules and split targets', () => {
		const full: Plan = {
			...plan,
			organization: 'Northwind Recovery',
			completion: { modules: ['call-frequency'], exams: ['pcs'], calls: [], minReviews: 20 },
			weeks: [{ ...plan.weeks[0]!, examTarget: 85, callTarget: 70 }]
		};
		expect(readPlanFile(planToFile(full), known)).toEqual({ ok: true, plan: full });
	});

	it('refuses completion rules that name unknown items, or nothing', () => {
		const rules = { modules: ['call-frequency'], exams: ['ccs-x'], calls: ['no-such-call'] };
		expect(readPlanFile(planToFile({ ...plan, completion: rules }), known)).toEqual({
			ok: false,
			message:
				'The completion rules name exam "ccs-x", call "no-such-call", which this app does not have. Nothing was changed.'
		});
		const empty = { modules: [], exams: [], calls: [] };
		expect(readPlanFile(planToFile({ ...plan, completion: empty }), known)).toMatchObject({
			message: 'The completion rules name nothing to complete. Nothing was changed.'
		});
	});

	it('makes ids from titles', () => {
		expect(planIdFrom('Healthcare desk, 8 weeks!')).toBe('healthcare-desk-8-weeks');
		expect(planIdFrom('Café plan')).toBe('cafe-plan');
	});

	it('gives titles in other scripts, or of punctuation only, ids of their own', () => {
		const a = planIdFrom('План обучения А');
		const b = planIdFrom('План обучения Б');
		expect(a).toMatch(/^plan-[a-z0-9]{7}$/);
		expect(a).not.toBe(b);
		expect(planIdFrom('***')).not.toBe(planIdFrom('!!!'));
		expect(planIdFrom('Week 1 — 新人')).toMatch(/^week-1-[a-z0-9]{7}$/);
		expect(planIdFrom('План обучения А')).toBe(a);
	});

	it('finds a free id beside saved plans', () => {
		expect(freePlanId('desk', new Set())).toBe('desk');
		expect(freePlanId('desk', new Set(['desk', 'desk-2']))).toBe('desk-3');
	});
});
