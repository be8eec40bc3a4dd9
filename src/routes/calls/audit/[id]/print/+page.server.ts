import { auditEntries, auditPage } from '$lib/server/audits';

export const entries = auditEntries;

export const load = ({ params }: { params: { id: string } }) => auditPage(params.id);
