import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFiles } from './load.ts';

/** Reads every file under `content/` into memory, keyed by its path relative to `root`. */
export function readContentFiles(root: string, folder = 'content'): ContentFiles {
	const files: ContentFiles = {};
	for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const full = join(entry.parentPath, entry.name);
		files[relative(root, full).split(sep).join('/')] = readFileSync(full, 'utf8');
	}
	return files;
}
