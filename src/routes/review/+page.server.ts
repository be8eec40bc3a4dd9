import { DRILL_TYPES, DRILLS } from '$lib/drills/catalog';
import { citations } from '$lib/server/views';

// Drill cards build their case in the browser; the citations their working shows come from here.
export const load = () => ({
	drillCitations: Object.fromEntries(
		citations([...new Set(DRILL_TYPES.flatMap((t) => DRILLS[t].rules))]).map((c) => [c.id, c])
	)
});
