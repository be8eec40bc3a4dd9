import { tracks } from '$lib/server/views';

export const load = () => ({ tracks: tracks() });
