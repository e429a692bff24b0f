// exceljs drops a sheet's in-workbook hyperlinks (those with a `location` and no relationship, as Excel writes
// a link to "a place in this document", e.g. a 目录 sheet) when it loads a file. These carry them over from the
// input package to the written one, unchanged.
import type JSZip from 'jszip';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode the five XML entities and numeric references in an attribute value. */
export function decodeXmlAttr(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return XML_ENTITIES[e];
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
}

/** Sheet name -> package part, from xl/workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const book = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  const parts = new Map<string, string>();
  if (!book || !rels) return parts;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*\/?>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of book.matchAll(/<sheet\b[^>]*\/?>/g)) {
    const name = attr(m[0], 'name');
    const target = targets.get(attr(m[0], 'r:id') ?? '');
    if (name !== null && target) parts.set(decodeXmlAttr(name), target);
  }
  return parts;
}

/** The in-workbook <hyperlink/> tags (location, no r:id) of one sheet's XML. */
export function internalLinkTags(sheetXml: string): string[] {
  return [...sheetXml.matchAll(/<hyperlink\b[^>]*\/>/g)]
    .map((m) => m[0])
    .filter((tag) => attr(tag, 'location') !== null && attr(tag, 'r:id') === null);
}

/** In-workbook links per sheet name in the input package. */
export async function collectInternalLinks(input: JSZip): Promise<Map<string, string[]>> {
  const links = new Map<string, string[]>();
  for (const [name, part] of await sheetParts(input)) {
    const xml = await input.file(part)?.async('string');
    const tags = xml ? internalLinkTags(xml) : [];
    if (tags.length > 0) links.set(name, tags);
  }
  return links;
}

/** Elements that follow <hyperlinks> in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_HYPERLINKS =
  /<(printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/** Put link tags into a sheet's XML: inside its <hyperlinks> when there is one, else a new one in schema order. */
export function insertLinkTags(sheetXml: string, tags: readonly string[]): string {
  if (tags.length === 0) return sheetXml;
  const joined = tags.join('');
  if (sheetXml.includes('</hyperlinks>')) return sheetXml.replace('</hyperlinks>', `${joined}</hyperlinks>`);
  const block = `<hyperlinks>${joined}</hyperlinks>`;
  const at = AFTER_HYPERLINKS.exec(sheetXml);
  if (at) return `${sheetXml.slice(0, at.index)}${block}${sheetXml.slice(at.index)}`;
  return sheetXml.replace('</worksheet>', `${block}</worksheet>`);
}
