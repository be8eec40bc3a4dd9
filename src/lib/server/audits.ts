/** The call audits, built once at build time from the call scenarios. */
import { buildAudit, type Audit } from '$lib/drills/audit';
import { course } from './course';

let built: Audit[] | undefined;

/** One audit per scenario that has unlawful lines to find (a B2B call may have none). */
export function audits(): Audit[] {
	built ??= course.calls.flatMap((scenario) => buildAudit(scenario) ?? []);
	return built;
}

export function findAudit(id: string): Audit | undefined {
	return audits().find((a) => a.id === id);
}
