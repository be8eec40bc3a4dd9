import { describe, expect, it } from 'vitest';
import { PROFILE_ID } from '$lib/test-factories';
import { keepCertificate } from './certificates';
import type { Certificate } from './records';
import { freshDB } from './test-db';

const cert = (over: Partial<Certificate> = {}): Certificate => ({
	profileId: PROFILE_ID,
	planId: 'desk',
	issuedAt: '2026-03-13T09:00:00.000Z',
	name: 'Dana Reyes',
	organization: 'Northwind Recovery',
	planTitle: 'Desk plan',
	edition: '2026-11-29',
	items: [
		{
			kind: 'module',
			id: 'm1',
			title: 'Module one',
			evidence: { id: 'm1', at: '2026-03-10T12:00:00.000Z' }
		},
		{
			kind: 'exam',
			id: 'pcs',
			title: 'PCS',
			percent: 90,
			evidence: { id: 'e1', at: '2026-03-12T12:00:00.000Z' }
		}
	],
	score: 90,
	code: 'a'.repeat(64),
	...over
});

describe('keepCertificate', () => {
	it('keeps a valid certificate once: the first one issued stays', async () => {
		// The test database checks every write against the record schema.
		const db = freshDB();
		expect(await keepCertificate(db, cert())).toEqual(cert());
		const later = cert({ issuedAt: '2026-04-01T09:00:00.000Z', code: 'b'.repeat(64) });
		expect(await keepCertificate(db, later)).toEqual(cert());
		expect(await db.certificates.toArray()).toEqual([cert()]);
	});

	it('refuses a record that is not a certificate', async () => {
		const db = freshDB();
		await expect(keepCertificate(db, cert({ code: 'not-a-hash' }))).rejects.toThrow();
		expect(await db.certificates.count()).toBe(0);
	});
});
