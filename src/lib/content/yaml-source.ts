import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './problems.ts';

export type FieldPath = ReadonlyArray<string | number>;

/** Parsed YAML that remembers where each value came from, so errors can name a line. */
export interface YamlSource {
	data: unknown;
	lineOf(path: FieldPath): number | undefined;
}

/**
 * Parses YAML text. `firstLine` is the line the text starts on in its file
 * (front matter starts on line 2). Syntax errors come back as problems.
 */
export function parseYaml(
	file: string,
	text: string,
	firstLine = 1
): { source?: YamlSource; problems: ContentProblem[] } {
	const counter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
	const problems = doc.errors.map((e) => ({
		file,
		line: (e.linePos?.[0].line ?? 1) + firstLine - 1,
		message: `the YAML cannot be read: ${e.message.split('\n')[0]}`
	}));
	if (problems.length) return { problems };

	const lineOf = (path: FieldPath) => {
		// Walk up to the nearest ancestor that exists (a missing field points at its parent).
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true);
			if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
		}
		return undefined;
	};
	return { source: { data: doc.toJS(), lineOf }, problems };
}

/** Splits a Markdown file into its YAML front matter and body. */
export function splitFrontMatter(
	text: string
): { yaml: string; body: string; bodyFirstLine: number } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) return undefined;
	const yaml = match[1] ?? '';
	return {
		yaml,
		body: text.slice(match[0].length),
		bodyFirstLine: match[0].split('\n').length
	};
}
