/** The SCORM 1.2 package's imsmanifest.xml: one organisation, one item, one SCO that is the whole game. */

export const SCHEMA_FILES = [
  'imscp_rootv1p1p2.xsd',
  'adlcp_rootv1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
  'ims_xml.xsd',
];

export interface ManifestInput {
  /** The session the course plays (K7M-Q2X); its missions and seed are in it. */
  sessionCode: string;
  title: string;
  /** The page the platform opens, relative, with its query (`index.html?mode=course&session=…`). */
  launch: string;
  /** Every file of the game, relative to the package's root. */
  files: string[];
  /** A score (0–100) at which the platform may call the course passed; none by default. */
  masteryScore: number | null;
}

const xmlText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function manifestXml(m: ManifestInput): string {
  const id = `pedago-studio-${m.sessionCode.replace(/[^A-Za-z0-9]/g, '')}`;
  const mastery =
    m.masteryScore === null ? '' : `\n        <adlcp:masteryscore>${m.masteryScore}</adlcp:masteryscore>`;
  const files = [...m.files]
    .sort()
    .map((f) => `      <file href="${xmlText(f)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xmlText(m.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${xmlText(m.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlText(m.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** Absolute addresses in a built file: inside a package they would point at the platform's root. */
export function absolutePaths(text: string): string[] {
  return [...text.matchAll(/(?:\b(?:src|href)=["']|url\(\s*["']?)(\/(?!\/)[^"')\s]*)/g)].map(
    (m) => m[1] ?? '',
  );
}
