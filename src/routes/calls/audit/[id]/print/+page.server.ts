import { error } from '@sveltejs/kit';
import { audits, findAudit } from '$lib/server/audits';
import { citations } from '$lib/server/views';

export const entries = () => audits().map((a) => ({ id: a.id }));

export const load = ({ params }: { params: { id: string } }) => {
	const audit = findAudit(params.id);
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
};
