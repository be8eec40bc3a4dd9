import { error } from '@sveltejs/kit';
import { TRACKS } from '$lib/content/schema';
import { tracks } from '$lib/server/views';

export const entries = () => tracks().map((t) => ({ track: t.track }));

export const load = ({ params }) => {
	const all = tracks();
	const track = all.find((t) => t.track === params.track);
	if (!track || !(TRACKS as readonly string[]).includes(params.track)) error(404, 'No such track');
	return { track };
};
