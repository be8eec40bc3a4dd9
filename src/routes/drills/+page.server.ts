import { DRILL_TYPES, DRILLS, drillHref } from '$lib/drills/catalog';

export const load = () => ({
	drills: DRILL_TYPES.map((type) => ({ ...DRILLS[type], href: drillHref(type) }))
});
