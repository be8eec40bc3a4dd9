import type { Plan } from '$lib/content/schema';
import { nowIso } from '$lib/progress/clock';
import type { Backup } from '$lib/progress/backup';
import { keepCertificate } from '$lib/progress/certificates';
import type { AcademyDB } from '$lib/progress/db';
import type { Certificate } from '$lib/progress/records';
import { planCompletion, type CompletionStatus } from '$lib/plans/completion';
import { issueCertificate } from '$lib/plans/certificate';
import { summarise, type CourseFacts } from '$lib/trainee/summary';
import { dayOf } from '$lib/dates';
import type { PlanProgress } from '$lib/plans/tasks';
import { traineePlan } from '$lib/plans/trainee';
import { describeStorageError } from './storage';

/** The name a new profile gets: a certificate is not made out to it. */
export const DEFAULT_PROFILE_NAME = 'Learner';

/**
 * The certificate on the report: refused while the plan's rules are not met (with what is
 * missing), issued and kept the first time they are, and asking for the learner's name first
 * while the profile still has the default one.
 */
export class CertificateState {
	plan = $state.raw<Plan | undefined>();
	status = $state.raw<CompletionStatus | undefined>();
	/** Progress through the plan's weeks, as the trainee's plan page shows it. */
	progress = $state.raw<PlanProgress | undefined>();
	certificate = $state.raw<Certificate | undefined>();
	/** The rules are met but the profile has the default name: ask for the name first. */
	needsName = $state(false);
	problem = $state('');

	constructor(
		private readonly db: AcademyDB,
		private readonly facts: CourseFacts,
		private readonly plans: readonly Plan[],
		private readonly edition: string,
		private readonly now: () => string = nowIso
	) {}

	/** Reads the learner's plan and records; issues the certificate if the rules are met. */
	async load(backup: Backup, name = backup.profile.name): Promise<void> {
		const t = backup.tables;
		const today = dayOf(this.now()) ?? this.now().slice(0, 10);
		const following = traineePlan(backup, summarise(backup, this.facts, today), this.plans, today);
		const plan = following?.plan;
		this.plan = plan;
		this.progress = following?.progress;
		this.status = plan && planCompletion(plan, t, this.facts);
		this.certificate = plan && t.certificates.find((c) => c.planId === plan.id);
		this.needsName = false;
		if (!plan || this.certificate || !this.status?.met) return;
		if (!name.trim() || name.trim() === DEFAULT_PROFILE_NAME) {
			this.needsName = true;
			return;
		}
		try {
			const cert = await issueCertificate({
				profileId: backup.profile.id,
				plan,
				name,
				edition: this.edition,
				status: this.status,
				tables: t,
				issuedAt: this.now()
			});
			if (cert) this.certificate = await keepCertificate(this.db, cert);
		} catch (error) {
			this.problem = describeStorageError(error);
		}
	}
}
