/**
 * The imsmanifest.xml of a SCORM 1.2 package: ADL's content packaging (IMS CP 1.1.2 with the
 * adlcp 1.2 extension), one organization, one item, one SCO resource launched at index.html.
 * Plain JavaScript so the packager (node) and the unit test (vitest) use the same code.
 */

/** @param {string} text */
export function escapeXml(text) {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/**
 * @param {{ identifier: string, title: string, files: string[] }} options
 *   identifier: letters, digits, '.', '_' and '-' only; files: every file of the package but the
 *   manifest, as paths relative to it with '/' separators.
 * @returns {string}
 */
export function scormManifest({ identifier, title, files }) {
	if (!/^[A-Za-z0-9._-]+$/.test(identifier))
		throw new Error(`Bad manifest identifier: ${identifier}`);
	if (!files.includes('index.html')) throw new Error('The package has no index.html to launch.');
	const t = escapeXml(title);
	const fileLines = [...files]
		.sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)))
		.map((f) => `\t\t\t<file href="${escapeXml(f)}"/>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="1.0"
	xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>1.2</schemaversion>
	</metadata>
	<organizations default="${identifier}-org">
		<organization identifier="${identifier}-org">
			<title>${t}</title>
			<item identifier="${identifier}-item" identifierref="${identifier}-sco" isvisible="true">
				<title>${t}</title>
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="${identifier}-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileLines}
		</resource>
	</resources>
</manifest>
`;
}
