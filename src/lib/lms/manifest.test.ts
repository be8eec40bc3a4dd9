import { describe, expect, it } from 'vitest';
import { scormManifest } from '../../../scripts/scorm-manifest.mjs';

describe('scormManifest', () => {
	const xml = scormManifest({
		identifier: 'collections-academy',
		title: 'Collections Academy: New agent & <team>',
		files: ['_app/immutable/a.js', 'index.html', 'learn.html']
	});

	it('is a SCORM 1.2 content package: IMS CP and ADL namespaces, schema version 1.2', () => {
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
		expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
		expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
		expect(xml).toContain('<schema>ADL SCORM</schema>');
		expect(xml).toContain('<schemaversion>1.2</schemaversion>');
	});

	it('has one organization with one item pointing at one SCO launched at index.html', () => {
		expect(xml.match(/<organization /g)).toHaveLength(1);
		expect(xml.match(/<item /g)).toHaveLength(1);
		expect(xml.match(/<resource /g)).toHaveLength(1);
		expect(xml).toContain('<organizations default="collections-academy-org">');
		expect(xml).toContain('identifierref="collections-academy-sco"');
		expect(xml).toMatch(
			/<resource identifier="collections-academy-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">/
		);
	});

	it('lists every file, index.html first, and escapes the title', () => {
		const files = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
		expect(files).toEqual(['index.html', '_app/immutable/a.js', 'learn.html']);
		expect(xml).toContain('<title>Collections Academy: New agent &amp; &lt;team&gt;</title>');
	});

	it('refuses a package with nothing to launch', () => {
		expect(() => scormManifest({ identifier: 'x', title: 'x', files: ['a.html'] })).toThrow(
			/no index.html/
		);
	});
});
