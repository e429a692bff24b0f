// exceljs writes every hyperlink as an external relationship, which Excel and LibreOffice then open as a file
// path; an in-workbook link must be a bare `location`. This rewrites the links of one sheet after writing.
import JSZip from 'jszip';

const HYPERLINK_TAG = /<hyperlink\b[^>]*\/>/g;
const RID_ATTR = /\s+r:id="([^"]*)"/;
const LOCATION_ATTR = /\slocation="([^"]*)"/;

/** Rewrite one <hyperlink/> tag as an in-workbook link; returns the tag and the relationship it no longer uses. */
export function internalizeTag(tag: string): { tag: string; droppedRid: string | null } {
  const loc = LOCATION_ATTR.exec(tag);
  const rid = RID_ATTR.exec(tag);
  if (!loc || !rid) return { tag, droppedRid: null };
  const location = loc[1].replace(/^#/, '');
  const out = tag.replace(RID_ATTR, '').replace(LOCATION_ATTR, ` location="${location}"`);
  return { tag: out, droppedRid: rid[1] };
}

function dropRelationships(relsXml: string, ids: ReadonlySet<string>): string {
  return relsXml.replace(/<Relationship\b[^>]*\/>/g, (rel) => {
    const id = /\sId="([^"]*)"/.exec(rel);
    return id && ids.has(id[1]) ? '' : rel;
  });
}

/** Turn the hyperlinks of sheet `sheetId` (exceljs numbering, sheet{id}.xml) into in-workbook links. */
export async function fixInternalLinks(xlsx: Uint8Array, sheetId: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = `xl/worksheets/sheet${sheetId}.xml`;
  const relsPath = `xl/worksheets/_rels/sheet${sheetId}.xml.rels`;
  const sheetFile = zip.file(sheetPath);
  if (!sheetFile) throw new Error(`annotate: ${sheetPath} missing from exceljs output`);
  const dropped = new Set<string>();
  const sheetXml = (await sheetFile.async('string')).replace(HYPERLINK_TAG, (tag) => {
    const r = internalizeTag(tag);
    if (r.droppedRid) dropped.add(r.droppedRid);
    return r.tag;
  });
  if (dropped.size === 0) return xlsx;
  zip.file(sheetPath, sheetXml);
  const relsFile = zip.file(relsPath);
  if (relsFile) zip.file(relsPath, dropRelationships(await relsFile.async('string'), dropped));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
