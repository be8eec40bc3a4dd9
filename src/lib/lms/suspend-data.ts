/**
 * `cmi.suspend_data`: the learner's progress in a few thousand characters, kept by the LMS, so a
 * learner who opens the course on another machine (an empty IndexedDB) gets it back. Pure.
 *
 * Format, version 1: `1|m:id,id|e:id=87.5,id=90|c:id,id` — completed module ids, the best percent
 * on each exam, the calls passed. Ids are the content's ids (letters, digits, '.', '_', ':', '-'),
 * so ',', '=' and '|' never occur in them.
 */

/** SCORM 1.2 caps suspend_data at 4,096 characters. */
export const SUSPEND_LIMIT = 4096;

export interface Carried {
	/** Modules completed. */
	modules: string[];
	/** Blueprint id → best percent (one decimal). */
	exams: Record<string, number>;
	/** Call scenarios passed. */
	calls: string[];
}

export const emptyCarried = (): Carried => ({ modules: [], exams: {}, calls: [] });

const ID = /^[A-Za-z0-9._:-]+$/;

/** Encodes what fits in `limit`: exams first, then calls, then modules (each a plain record). */
export function encodeSuspend(carried: Carried, limit = SUSPEND_LIMIT): string {
	const exams = Object.entries(carried.exams)
		.filter(([id, p]) => ID.test(id) && Number.isFinite(p))
		.map(([id, p]) => `${id}=${Math.round(p * 10) / 10}`);
	const calls = [...new Set(carried.calls)].filter((id) => ID.test(id));
	const modules = [...new Set(carried.modules)].filter((id) => ID.test(id));
	const parts: [string, string[]][] = [
		['e', exams],
		['c', calls],
		['m', modules]
	];
	const kept: Record<string, string[]> = { m: [], e: [], c: [] };
	let length = '1|m:|e:|c:'.length;
	for (const [key, items] of parts) {
		for (const item of items) {
			const add = item.length + (kept[key]!.length > 0 ? 1 : 0);
			if (length + add > limit) break;
			kept[key]!.push(item);
			length += add;
		}
	}
	return `1|m:${kept.m!.join(',')}|e:${kept.e!.join(',')}|c:${kept.c!.join(',')}`;
}

/** The carried progress, or undefined for empty, foreign or unreadable data (never throws). */
export function decodeSuspend(text: string | null | undefined): Carried | undefined {
	if (!text || !text.startsWith('1|')) return undefined;
	const carried = emptyCarried();
	for (const part of text.slice(2).split('|')) {
		const key = part.slice(0, 2);
		const items = part
			.slice(2)
			.split(',')
			.filter((s) => s.length > 0);
		if (key === 'm:') carried.modules = items.filter((id) => ID.test(id));
		else if (key === 'c:') carried.calls = items.filter((id) => ID.test(id));
		else if (key === 'e:')
			for (const item of items) {
				const [id, value] = item.split('=');
				const percent = Number(value);
				if (id && ID.test(id) && value && percent >= 0 && percent <= 100)
					carried.exams[id] = percent;
			}
	}
	return carried;
}

/** Both at once: every module and call from either, the better percent on each exam. */
export function mergeCarried(a: Carried, b: Carried): Carried {
	const exams = { ...a.exams };
	for (const [id, p] of Object.entries(b.exams)) exams[id] = Math.max(exams[id] ?? 0, p);
	return {
		modules: [...new Set([...a.modules, ...b.modules])],
		exams,
		calls: [...new Set([...a.calls, ...b.calls])]
	};
}
