import type { AcademyDB } from './db';
import type { Certificate } from './records';

/**
 * Keeps a certificate unless the profile already has one for the plan: a certificate is issued
 * once, when the rules are first met. Returns the certificate the profile holds afterwards.
 */
export async function keepCertificate(db: AcademyDB, cert: Certificate): Promise<Certificate> {
	return db.transaction('rw', db.certificates, async () => {
		const held = await db.certificates.get([cert.profileId, cert.planId]);
		if (held) return held;
		await db.certificates.add(cert);
		return cert;
	});
}
