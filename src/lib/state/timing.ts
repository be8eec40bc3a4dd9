/**
 * Performance marks for the figures `npm run bench` reports (answer saves, dashboard render).
 * They cost nothing noticeable and show in the browser's performance tools too.
 */
export async function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
	const start = performance.now();
	try {
		return await work();
	} finally {
		performance.measure(name, { start, end: performance.now() });
	}
}
