/**
 * Finding a SCORM 1.2 LMS's API object, the standard way: the `API` object on this window or one
 * of its parents (the LMS puts the SCO in a frame), then on the window that opened this one (the
 * LMS opened the SCO in a new window). Pure: it takes the window, so tests pass a fake chain.
 * The root layout loads it only on a page shown in a frame or an opened window, and everything
 * else only when an API is found.
 */

/** The SCORM 1.2 run-time API an LMS provides (every value travels as a string). */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string | number;
	LMSGetErrorString(code: string | number): string;
}

/** The parts of `window` the search reads. */
export interface WindowLike {
	API?: unknown;
	parent?: WindowLike | null;
	opener?: WindowLike | null;
}

/** How many parents up the search goes: the limit in ADL's own sample code. */
export const MAX_PARENTS = 7;

function isApi(value: unknown): value is Scorm12Api {
	const api = value as Partial<Record<keyof Scorm12Api, unknown>> | null | undefined;
	return (
		!!api &&
		typeof api.LMSInitialize === 'function' &&
		typeof api.LMSSetValue === 'function' &&
		typeof api.LMSGetValue === 'function'
	);
}

/** The API on `win` or a parent, at most MAX_PARENTS up; a frame of another origin ends the walk. */
function searchUp(win: WindowLike): Scorm12Api | null {
	let current: WindowLike = win;
	for (let depth = 0; depth <= MAX_PARENTS; depth++) {
		try {
			if (isApi(current.API)) return current.API;
			const parent = current.parent;
			if (!parent || parent === current) return null;
			current = parent;
		} catch {
			// A parent of another origin cannot be read: no API of ours up there.
			return null;
		}
	}
	return null;
}

export function findApi(win: WindowLike): Scorm12Api | null {
	const found = searchUp(win);
	if (found) return found;
	try {
		const opener = win.opener;
		return opener ? searchUp(opener) : null;
	} catch {
		return null;
	}
}
