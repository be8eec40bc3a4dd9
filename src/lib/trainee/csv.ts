/**
 * The team table as a CSV file: RFC 4180 quoting (CRLF line ends, fields with a comma, quote or
 * line break in double quotes, quotes doubled), and a cell a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) opened with an apostrophe so it stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(text: string): string {
	const safe = FORMULA_START.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A header row and one row per record, each a list of cell texts. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** team-2026-11-30.csv */
export const csvFileName = (day: string) => `team-${day}.csv`;
