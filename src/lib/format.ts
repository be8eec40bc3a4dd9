/**
 * Counts in words: "1 module record", "2 module records", "100,000 review answers". Plain
 * TypeScript with no Svelte or database, so any page, engine or test can use it.
 */

/** The word for `n` of something: `plural(1, 'call')` is "call", `plural(2, 'call')` is "calls". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return n === 1 ? one : many;
}

/** A number with thousands separators, the same on every device: 100000 → "100,000". */
export function number(n: number): string {
	return n.toLocaleString('en-US');
}

/** `count(1, 'exam')` is "1 exam"; `count(3, 'practice call')` is "3 practice calls". */
export function count(n: number, one: string, many = `${one}s`): string {
	return `${number(n)} ${plural(n, one, many)}`;
}

/**
 * Items joined as people write them: "a", "a and b", "a, b and c". An empty list gives "".
 */
export function list(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A size in megabytes with one decimal: 33_000_000 bytes → "31.5 MB". */
export function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A calendar day (YYYY-MM-DD) as a person reads it: "Thu, Mar 12". */
export function dayLabel(day: string): string {
	return new Date(`${day}T12:00:00`).toLocaleDateString('en-US', {
		weekday: 'short',
		month: 'short',
		day: 'numeric'
	});
}
