import { error } from '@sveltejs/kit';
import { DRILL_TYPES, DRILLS, isDrillType } from '$lib/drills/catalog';
import { modulesById } from '$lib/server/course';
import { citationsById, moduleHref } from '$lib/server/views';

export const entries = () => DRILL_TYPES.map((type) => ({ type }));

export const load = ({ params }: { params: { type: string } }) => {
	if (!isDrillType(params.type)) error(404, 'No such drill');
	const info = DRILLS[params.type];
	const module = modulesById.get(info.module);
	return {
		info,
		module: module && { title: module.title, href: moduleHref(module) },
		// Every rule any step of this drill's working can cite, as the rest of the app shows them.
		citations: citationsById(info.rules)
	};
};
