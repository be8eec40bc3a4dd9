/**
 * The certificate of a completed plan: issued once the plan's completion rules are first met,
 * kept as a record, and sealed with a verification code, the SHA-256 of the canonical JSON of the
 * certificate's content and of the evidence records it rests on (the module completions, exam
 * sessions and call runs it names). Anyone holding the trainee's exported file can recompute it.
 *
 * The code is made on the trainee's own device, so it catches a file edited by hand after export,
 * not a determined forger who recomputes the code. Pure (crypto.subtle is in browsers and Node).
 */
import type { Plan } from '$lib/content/schema';
import type { Backup } from '$lib/progress/backup';
import type { Certificate } from '$lib/progress/records';
import type { CourseFacts } from '$lib/trainee/summary';
import { planCompletion, type CompletionStatus } from './completion';

/** Everything a certificate says, without its code. */
export type CertificateContent = Omit<Certificate, 'code'>;

/** JSON with object keys sorted at every depth and undefined fields left out: one text per value. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	const entries = Object.entries(value as Record<string, unknown>)
		.filter(([, v]) => v !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The parts of each evidence record that a certificate rests on: the fields that never change
 * once the thing is done (a module read again later keeps its completion; a submitted exam and a
 * filed call do not change). Undefined for a record the file no longer has.
 */
export function certificateEvidence(
	content: Pick<CertificateContent, 'items'>,
	tables: Pick<Backup['tables'], 'moduleProgress' | 'examSessions' | 'callRuns'>
): { evidence: unknown[]; missing: string[] } {
	const evidence: unknown[] = [];
	const missing: string[] = [];
	for (const item of content.items) {
		const id = item.evidence?.id;
		if (!id) continue;
		if (item.kind === 'module') {
			const m = tables.moduleProgress.find((r) => r.moduleId === id);
			if (!m || m.status !== 'complete') missing.push(item.title);
			else evidence.push({ moduleId: m.moduleId, status: m.status, completedAt: m.completedAt });
		} else if (item.kind === 'exam') {
			const s = tables.examSessions.find((r) => r.id === id);
			if (!s?.result) missing.push(item.title);
			else
				evidence.push({
					id: s.id,
					blueprintId: s.blueprintId,
					mode: s.mode,
					submittedAt: s.submittedAt,
					result: {
						correct: s.result.correct,
						total: s.result.total,
						percent: s.result.percent,
						passed: s.result.passed,
						passPercent: s.result.passPercent
					}
				});
		} else if (item.kind === 'call') {
			const r = tables.callRuns.find((x) => x.id === id);
			if (!r?.result) missing.push(item.title);
			else
				evidence.push({
					id: r.id,
					scenarioId: r.scenarioId,
					finishedAt: r.finishedAt,
					result: {
						total: r.result.total,
						passed: r.result.passed,
						critical: r.result.critical,
						outcome: r.result.outcome,
						violations: r.result.violations
					}
				});
		}
	}
	return { evidence, missing };
}

async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The full code (64 hex digits) of a certificate's content and the evidence it rests on. */
export async function certificateCode(
	content: CertificateContent,
	tables: Pick<Backup['tables'], 'moduleProgress' | 'examSessions' | 'callRuns'>
): Promise<string> {
	const { evidence } = certificateEvidence(content, tables);
	return sha256Hex(canonicalJson({ certificate: content, evidence }));
}

/** The code as printed: its first 16 hex digits in groups of four, e.g. 3F2A-9C01-77BE-04D5. */
export function shortCode(code: string): string {
	return (
		code
			.slice(0, 16)
			.toUpperCase()
			.match(/.{1,4}/g)
			?.join('-') ?? ''
	);
}

/** The certificate for a plan whose rules are met (undefined while they are not). */
export async function issueCertificate(args: {
	profileId: string;
	plan: Plan;
	name: string;
	edition: string;
	status: CompletionStatus;
	tables: Backup['tables'];
	issuedAt: string;
}): Promise<Certificate | undefined> {
	const { plan, status } = args;
	if (!status.met) return undefined;
	const content: CertificateContent = {
		profileId: args.profileId,
		planId: plan.id,
		issuedAt: args.issuedAt,
		name: args.name.trim(),
		...(plan.organization && { organization: plan.organization }),
		planTitle: plan.title,
		edition: args.edition,
		items: status.items.map((i) => ({
			kind: i.kind,
			id: i.id,
			title: i.title,
			...(i.percent !== undefined && { percent: i.percent }),
			...(i.evidence && { evidence: i.evidence })
		})),
		...(status.score !== undefined && { score: status.score })
	};
	return { ...content, code: await certificateCode(content, args.tables) };
}

/** The dates of the evidence a certificate rests on: the first and the last. */
export function evidenceSpan(c: Pick<Certificate, 'items'>): { from?: string; to?: string } {
	const at = c.items.flatMap((i) => (i.evidence ? [i.evidence.at] : [])).sort();
	return { from: at[0], to: at[at.length - 1] };
}

export interface CertificateCheck {
	planId: string;
	planTitle: string;
	name: string;
	/** The code the certificate carries, as printed. */
	code: string;
	/** The code recomputed from the file, as printed. */
	recomputed: string;
	matches: boolean;
	/** Certified items whose record the file no longer has (or no longer shows done). */
	missing: string[];
	/** Whether the file's records meet the plan's rules today (undefined: the plan is unknown here). */
	rulesMet?: boolean;
}

export interface Verification {
	/** none: the file has no certificate; verified: every certificate matches its code; altered: one does not. */
	state: 'none' | 'verified' | 'altered';
	certificates: CertificateCheck[];
}

/**
 * Recomputes every certificate in a trainee's exported file and says whether the file still
 * matches each code. A file edited by hand after export (a score, a date, a name) no longer does.
 */
export async function verifyCertificate(
	backup: Pick<Backup, 'tables'>,
	facts: CourseFacts,
	plans: readonly Plan[]
): Promise<Verification> {
	const t = backup.tables;
	const certificates = await Promise.all(
		(t.certificates ?? []).map(async (c): Promise<CertificateCheck> => {
			const { code, ...content } = c;
			const recomputed = await certificateCode(content, t);
			const { missing } = certificateEvidence(content, t);
			const plan =
				t.planAssignments.find((a) => a.planId === c.planId)?.custom ??
				plans.find((p) => p.id === c.planId);
			return {
				planId: c.planId,
				planTitle: c.planTitle,
				name: c.name,
				code: shortCode(code),
				recomputed: shortCode(recomputed),
				matches: recomputed === code,
				missing,
				...(plan && { rulesMet: planCompletion(plan, t as Backup['tables'], facts).met })
			};
		})
	);
	return {
		state: !certificates.length
			? 'none'
			: certificates.every((c) => c.matches)
				? 'verified'
				: 'altered',
		certificates
	};
}
