import type { Page } from '@playwright/test';

export interface FetchedFile {
	kind: 'js' | 'css';
	url: string;
	status: number;
	gzip: number;
}

export function filesUnder(dir: string): string[];
export function fetchedByPage(
	page: Page,
	path: string,
	options?: { settleMs?: number }
): Promise<{ js: number; css: number; files: FetchedFile[] }>;
export function precacheSize(build: string): { download: number; stored: number };
