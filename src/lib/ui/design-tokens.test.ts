import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * One spacing scale and one type scale (app.css): every margin, padding and gap, and every
 * font-size, in app.css and in every component's <style>, is made of them. A declaration that has
 * to be off the scale says why on its own line: `/* off-scale: why *\/`. Print rules (inside
 * `@media print` or `@page`) are measured in points for paper and are left alone.
 */

const SPACING =
	/^(margin|padding)(-(top|right|bottom|left|inline|block)(-(start|end))?)?$|^(row-|column-)?gap$/;
const STEP = /var\(--space-[1-7]\)/g;
const FONT_STEP = /^var\(--fs-(xs|sm|md|lg|xl|2xl)\)$/;

/** The space-separated parts of a value, keeping a function's arguments together. */
function parts(value: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let current = '';
	for (const char of value.trim()) {
		if (char === '(') depth++;
		if (char === ')') depth--;
		if (/\s/.test(char) && depth === 0) {
			if (current) out.push(current);
			current = '';
		} else current += char;
	}
	if (current) out.push(current);
	return out;
}

function spacingOk(value: string): boolean {
	return parts(value).every((part) => {
		if (/^(0|auto|inherit)$/.test(part) || /^var\(--space-[1-7]\)$/.test(part)) return true;
		if (!part.startsWith('calc(')) return false;
		// A calc of steps: only steps, the safe-area insets and unitless factors.
		const rest = part
			.replace(STEP, '')
			.replace(/env\(safe-area-inset-(top|right|bottom|left)\)/g, '');
		return /^calc\([\s\d.+\-*/()]*\)$/.test(rest);
	});
}

function fontSizeOk(value: string): boolean {
	const v = value.trim();
	return FONT_STEP.test(v) || /^(inherit|1em|\d+(\.\d+)?%)$/.test(v);
}

function valueOk(property: string, value: string): boolean {
	if (SPACING.test(property)) return spacingOk(value);
	if (property === 'font-size') return fontSizeOk(value);
	return true;
}

interface Finding {
	line: number;
	text: string;
}

/** Declarations in a stylesheet (lines numbered from `firstLine`) that are off the scale. */
function offScale(css: string, firstLine = 1): Finding[] {
	const findings: Finding[] = [];
	const blocks: string[] = [];
	let header = '';
	let inComment = false;
	css.split('\n').forEach((raw, index) => {
		// The code of this line without comments; a comment may run over several lines.
		let code = '';
		let comments = '';
		for (let i = 0; i < raw.length; i++) {
			if (inComment) {
				if (raw.startsWith('*/', i)) {
					inComment = false;
					i++;
				} else comments += raw[i];
			} else if (raw.startsWith('/*', i)) {
				inComment = true;
				i++;
			} else code += raw[i];
		}
		const excused = /off-scale:\s*\S/.test(comments);
		for (const piece of code.split(/(?<=[{};])/)) {
			let text = piece.trim();
			if (text.endsWith('{')) {
				blocks.push((header + ' ' + text.slice(0, -1)).trim());
				header = '';
				continue;
			}
			const closes = text.endsWith('}');
			if (closes) text = text.slice(0, -1).trim();
			if (text.endsWith(';') || (closes && text !== '')) {
				// A declaration: `property: value;`, or the last one of a block before its brace.
				header = '';
				const declaration = /^([a-z-]+)\s*:\s*(.+?);?$/.exec(text);
				const inPrint = blocks.some((b) => /^@page\b/.test(b) || /^@media\b.*\bprint\b/.test(b));
				if (declaration && !excused && !inPrint && !valueOk(declaration[1]!, declaration[2]!)) {
					findings.push({ line: firstLine + index, text: text.endsWith(';') ? text : `${text};` });
				}
			} else if (text !== '') {
				// A selector may run over several lines before its brace.
				header += ' ' + text;
			}
			if (closes) {
				blocks.pop();
				header = '';
			}
		}
	});
	return findings;
}

/** The `<style>` blocks of a Svelte file, each with the file line its first CSS line sits on. */
function styleBlocks(source: string): { css: string; firstLine: number }[] {
	const blocks: { css: string; firstLine: number }[] = [];
	for (const match of source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
		const before = source.slice(0, (match.index ?? 0) + match[0].indexOf('>') + 1);
		blocks.push({ css: match[1]!, firstLine: before.split('\n').length });
	}
	return blocks;
}

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

describe('design tokens', () => {
	it('catches a raw length, and lets the scale, calc of steps, excused lines and print rules pass', () => {
		const css = [
			'.a {',
			'\tmargin: 0.6rem;',
			'\tpadding: var(--space-2) var(--space-4);',
			'\tgap: calc(var(--space-7) + var(--space-5));',
			'\tfont-size: 0.9rem;',
			'\tfont-size: var(--fs-sm);',
			'\tmargin-left: 0.35em; /* off-scale: follows the text size */',
			'\tpadding-bottom: calc(var(--space-1) + env(safe-area-inset-bottom));',
			'\tmargin-top: calc(var(--space-2) + 3px);',
			'}',
			'.b { column-gap: 10px; }',
			'@media print {',
			'\t.c {',
			'\t\tmargin: 4pt 0;',
			'\t}',
			'}',
			'@media screen and (prefers-color-scheme: dark) {',
			'\t.d { padding-inline: 5px; }',
			'}'
		].join('\n');
		expect(offScale(css, 10)).toEqual([
			{ line: 11, text: 'margin: 0.6rem;' },
			{ line: 14, text: 'font-size: 0.9rem;' },
			{ line: 18, text: 'margin-top: calc(var(--space-2) + 3px);' },
			{ line: 20, text: 'column-gap: 10px;' },
			{ line: 27, text: 'padding-inline: 5px;' }
		]);
	});

	it('app.css and every component use the spacing and type scales', () => {
		const problems: string[] = [];
		for (const finding of offScale(readFileSync('src/app.css', 'utf8'))) {
			problems.push(`src/app.css:${finding.line}: ${finding.text}`);
		}
		const files = [...svelteFiles('src/routes'), ...svelteFiles('src/lib')].sort();
		expect(files.length).toBeGreaterThan(40);
		for (const file of files) {
			for (const block of styleBlocks(readFileSync(file, 'utf8'))) {
				for (const finding of offScale(block.css, block.firstLine)) {
					problems.push(`${file}:${finding.line}: ${finding.text}`);
				}
			}
		}
		expect(
			problems,
			'off the scale (use var(--space-N) / var(--fs-*), or say why with /* off-scale: why */)'
		).toEqual([]);
	});
});
