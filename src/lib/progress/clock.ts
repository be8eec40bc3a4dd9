/** The current time as an ISO string; one place so tests and records agree on the format. */
export const nowIso = (): string => new Date().toISOString();

export function newId(): string {
	return crypto.randomUUID();
}
