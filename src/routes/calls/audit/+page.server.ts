import { audits } from '$lib/server/audits';

export const load = () => ({
	audits: audits().map((a) => ({
		id: a.id,
		title: a.title,
		// Who and what, not the scenario's summary: that would hint at the violations.
		who: `${a.persona.name} (${a.persona.role.replace('-', ' ')}), ${a.account.creditor} ${a.account.type.replace('-', ' ')} account`,
		lines: a.lines.length
	}))
});
