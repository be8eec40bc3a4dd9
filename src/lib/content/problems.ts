/** A content error an author can act on: where it is and what is wrong, in plain words. */
export interface ContentProblem {
	file: string;
	line?: number;
	/** Dotted path to the field, e.g. "nodes.greet.choices.1.next". */
	field?: string;
	message: string;
}

export function formatProblem(p: ContentProblem): string {
	const where = p.line ? `${p.file}:${p.line}` : p.file;
	return p.field ? `${where} (${p.field}): ${p.message}` : `${where}: ${p.message}`;
}

export class ContentError extends Error {
	constructor(readonly problems: ContentProblem[]) {
		super(
			`The course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map((p) => '  ' + formatProblem(p)).join('\n')
		);
		this.name = 'ContentError';
	}
}
