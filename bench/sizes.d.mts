export function filesUnder(dir: string): string[];
export function firstLoad(build: string, file: string): { js: number; css: number };
export function precacheSize(build: string): { download: number; stored: number };
