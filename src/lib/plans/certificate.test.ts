import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import type { Backup } from '$lib/progress/backup';
import type { CourseFacts } from '$lib/trainee/summary';
import { callResult, callRun, examResult, examSession, PROFILE_ID } from '$lib/test-factories';
import { planCompletion } from './completion';
import {
	canonicalJson,
	certificateCode,
	issueCertificate,
	shortCode,
	verifyCertificate
} from './certificate';

const facts: CourseFacts = {
	modules: [{ id: 'm1', track: 'law', minutes: 10, title: 'Module one' }],
	calls: [{ id: 'call-a', title: 'Call A' }],
	questionDomain: {},
	blueprints: [
		{ id: 'pcs', title: 'PCS practice', questions: 3, minutes: 10, passPercent: 85, domains: {} }
	]
};
const plan: Plan = {
	id: 'desk',
	title: 'Desk plan',
	summary: 'S',
	organization: 'Northwind Recovery',
	weeks: [{ week: 1, title: 'W1', modules: ['m1'], calls: ['call-a'], exams: ['pcs'] }]
};

const tables = (): Backup['tables'] => ({
	moduleProgress: [
		{
			profileId: PROFILE_ID,
			moduleId: 'm1',
			status: 'complete',
			readFraction: 1,
			updatedAt: '2026-03-10T12:00:00.000Z',
			completedAt: '2026-03-10T12:00:00.000Z'
		}
	],
	notes: [],
	examSessions: [
		examSession({
			id: 'e1',
			submittedAt: '2026-03-12T12:00:00.000Z',
			result: examResult({ percent: 90, passed: true })
		})
	],
	reviewCards: [],
	reviewLog: [],
	callRuns: [
		callRun({
			id: 'c1',
			scenarioId: 'call-a',
			finishedAt: '2026-03-11T12:00:00.000Z',
			result: callResult(88, true)
		})
	],
	planAssignments: [
		{ profileId: PROFILE_ID, planId: 'desk', startedOn: '2026-03-09', custom: plan, doneTasks: [] }
	],
	settings: [],
	drillAttempts: [],
	auditAttempts: [],
	certificates: []
});

async function issued(t = tables()) {
	const cert = await issueCertificate({
		profileId: PROFILE_ID,
		plan,
		name: 'Dana Reyes',
		edition: '2026-11-29',
		status: planCompletion(plan, t, facts),
		tables: t,
		issuedAt: '2026-03-13T09:00:00.000Z'
	});
	if (!cert) throw new Error('not issued');
	return { ...t, certificates: [cert] };
}

describe('certificate code', () => {
	it('canonical JSON ignores key order and undefined fields', () => {
		expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }] })).toBe('{"a":[{"c":"x"}],"b":1}');
	});

	it('is issued only when the rules are met', async () => {
		const t = tables();
		t.callRuns = [];
		const status = planCompletion(plan, t, facts);
		const none = await issueCertificate({
			profileId: PROFILE_ID,
			plan,
			name: 'Dana',
			edition: '2026-11-29',
			status,
			tables: t,
			issuedAt: '2026-03-13T09:00:00.000Z'
		});
		expect(none).toBeUndefined();
		const cert = (await issued()).certificates[0]!;
		expect(cert).toMatchObject({
			name: 'Dana Reyes',
			organization: 'Northwind Recovery',
			planTitle: 'Desk plan',
			score: 90
		});
		expect(cert.code).toMatch(/^[0-9a-f]{64}$/);
		expect(shortCode(cert.code)).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
	});

	it('is the same for the same records, and different after a score edit', async () => {
		const a = (await issued()).certificates[0]!;
		const b = (await issued()).certificates[0]!;
		expect(a.code).toBe(b.code);
		const edited = tables();
		edited.examSessions[0]!.result!.percent = 95;
		const { code, ...content } = a;
		expect(await certificateCode(content, edited)).not.toBe(code);
		expect(await certificateCode(content, tables())).toBe(code);
	});
});

describe('verifyCertificate', () => {
	it('says none for a file without a certificate', async () => {
		expect(await verifyCertificate({ tables: tables() }, facts, [])).toEqual({
			state: 'none',
			certificates: []
		});
	});

	it('verifies an untouched file, even after the module is read again', async () => {
		const t = await issued();
		const file = JSON.parse(JSON.stringify({ tables: t }));
		file.tables.moduleProgress[0].updatedAt = '2026-04-01T12:00:00.000Z';
		const result = await verifyCertificate(file, facts, []);
		expect(result.state).toBe('verified');
		expect(result.certificates[0]).toMatchObject({
			planTitle: 'Desk plan',
			name: 'Dana Reyes',
			matches: true,
			missing: [],
			rulesMet: true
		});
		expect(result.certificates[0]!.code).toBe(result.certificates[0]!.recomputed);
	});

	it('flags a file edited by hand: a call score, the name on the certificate, a removed exam', async () => {
		const edits: ((t: Backup['tables']) => void)[] = [
			(t) => (t.callRuns[0]!.result!.total = 99),
			(t) => (t.certificates[0]!.name = 'Someone Else'),
			(t) => (t.examSessions = [])
		];
		for (const edit of edits) {
			const t = structuredClone(await issued());
			edit(t);
			const result = await verifyCertificate({ tables: t }, facts, []);
			expect(result.state).toBe('altered');
			expect(result.certificates[0]!.matches).toBe(false);
		}
		const removed = structuredClone(await issued());
		removed.examSessions = [];
		const r = await verifyCertificate({ tables: removed }, facts, []);
		expect(r.certificates[0]).toMatchObject({ missing: ['PCS practice'], rulesMet: false });
	});
});
