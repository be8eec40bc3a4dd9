/**
 * The course's fixed vocabularies: tracks, certifications and question domains, with their titles.
 * Kept apart from the schemas so pages can use them without shipping the validator.
 */
import type { PersonaRole } from './schema';

export const TRACKS = [
	'law',
	'negotiation',
	'billing',
	'healthcare',
	'commercial',
	'career'
] as const;
export type Track = (typeof TRACKS)[number];
export const TRACK_TITLES: Record<Track, string> = {
	law: 'Collections law',
	negotiation: 'Negotiation and payment plans',
	billing: 'Billing and accounts receivable',
	healthcare: 'Healthcare collections',
	commercial: 'Commercial collections',
	career: 'Career and certifications'
};

/** Certifications the practice exams are modeled on (CCS: the commercial practice bar is our own). */
export const CERTS = ['PCS', 'CHC', 'HCM', 'CCS'] as const;
export type Cert = (typeof CERTS)[number];
export const CERT_TITLES: Record<Cert, string> = {
	PCS: 'Professional Collection Specialist (PCS), ACA International',
	CHC: 'Certified Healthcare Collector (CHC), MDHBA',
	HCM: 'Healthcare Collection Management (HCM), ACA International',
	CCS: 'Commercial collections (no confirmed credential; our own practice bar)'
};

export const DOMAINS = [
	'fdcpa-regf',
	'fcra',
	'tcpa',
	'hipaa-healthcare',
	'negotiation',
	'billing-ar',
	'commercial',
	'ethics-compliance'
] as const;
export type Domain = (typeof DOMAINS)[number];
export const DOMAIN_TITLES: Record<Domain, string> = {
	'fdcpa-regf': 'FDCPA and Regulation F',
	fcra: 'Credit reporting (FCRA)',
	tcpa: 'Calls and texts (TCPA)',
	'hipaa-healthcare': 'HIPAA and healthcare billing',
	negotiation: 'Negotiation and communication',
	'billing-ar': 'Billing and accounts receivable',
	commercial: 'Commercial collections',
	'ethics-compliance': 'Ethics and compliance programs'
};

/** Who picks up, as the dialer names them: only a consumer is "the debtor". */
export const PERSONA_ROLE_LABELS: Record<PersonaRole, string> = {
	consumer: 'Debtor',
	'third-party': 'Who answers (a third party)',
	attorney: "Who answers (the consumer's attorney)",
	relative: 'Who answers (a relative)'
};
