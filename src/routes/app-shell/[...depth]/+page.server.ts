import type { EntryGenerator } from './$types';
import { SHELL_PATHS } from '$lib/offline/precache.js';

// The service worker's app shells (src/lib/offline/precache.js): rendered in the browser only, so
// their HTML boots the app on whatever page the learner opened. Links to the app's code are
// relative to the page, so there is one shell per depth of path. Declared on the server side: a
// universal +page.ts would ship its exports as a module object, and the helper that builds it
// would become a file of its own that every page fetches.
export const ssr = false;

export const entries: EntryGenerator = () =>
	SHELL_PATHS.map((path) => ({ depth: path.split('/').slice(2).join('/') }));
