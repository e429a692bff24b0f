// exceljs writes every hyperlink as an external relationship, which Excel and LibreOffice then open as a file
// path; an in-workbook link must be a bare `location`. These rewrite a written sheet's links.

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

/** A sheet's XML and its relationships with every in-workbook link made a bare `location`. */
export function internalizeLinks(sheetXml: string, relsXml: string | null): { sheetXml: string; relsXml: string | null } {
  const dropped = new Set<string>();
  const sheet = sheetXml.replace(HYPERLINK_TAG, (tag) => {
    const r = internalizeTag(tag);
    if (r.droppedRid) dropped.add(r.droppedRid);
    return r.tag;
  });
  return { sheetXml: sheet, relsXml: relsXml === null ? null : dropRelationships(relsXml, dropped) };
}
