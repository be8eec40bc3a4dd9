/** The call audits, built once at build time from the call scenarios. */
import { error } from '@sveltejs/kit';
import { buildAudit, type Audit } from '$lib/drills/audit';
import { course } from './course';
import { citations } from './views';

let built: Audit[] | undefined;

/** One audit per scenario that has unlawful lines to find (a B2B call may have none). */
export function audits(): Audit[] {
	built ??= course.calls.flatMap((scenario) => buildAudit(scenario) ?? []);
	return built;
}

export function findAudit(id: string): Audit | undefined {
	return audits().find((a) => a.id === id);
}

/** Every audit page's address, for prerendering. */
export const auditEntries = () => audits().map((a) => ({ id: a.id }));

/** What an audit page and its printable calibration sheet receive. */
export function auditPage(id: string) {
	const audit = findAudit(id);
	if (!audit) error(404, 'No such call audit');
	const cited = citations(audit.rules);
	return {
		audit,
		citations: Object.fromEntries(cited.map((c) => [c.id, c])),
		// The rules an auditor chooses from, by their registry title and citation.
		ruleOptions: cited
			.map((c) => ({ id: c.id, label: `${c.title} (${c.citation})` }))
			.sort((a, b) => a.label.localeCompare(b.label))
	};
}
