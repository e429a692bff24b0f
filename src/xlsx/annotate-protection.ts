// exceljs drops the legacy sheet password attribute of <sheetProtection> and the whole <workbookProtection> when it
// loads a file, so the annotated copy would open unprotected without a word. These carry both over verbatim.
import type JSZip from 'jszip';
import { sheetParts } from './annotate-keep-links';

/** The protection elements of the input package. */
export interface Protection {
  workbook: string | null;
  /** <sheetProtection/> by sheet name. */
  sheets: Map<string, string>;
}

const SHEET_PROTECTION = /<(?:[\w.-]+:)?sheetProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?sheetProtection>)/;
const WORKBOOK_PROTECTION = /<(?:[\w.-]+:)?workbookProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?workbookProtection>)/;

/** An element written with the default namespace (the copy has no prefixes). */
function unprefixed(tag: string): string {
  return tag.replace(/^<[\w.-]+:/, '<').replace(/<\/[\w.-]+:/g, '</');
}

/** Sheet and workbook protection as the input has them. */
export async function collectProtection(input: JSZip): Promise<Protection> {
  const book = await input.file('xl/workbook.xml')?.async('string');
  const wp = book ? WORKBOOK_PROTECTION.exec(book) : null;
  const sheets = new Map<string, string>();
  for (const [name, part] of await sheetParts(input)) {
    const xml = await input.file(part)?.async('string');
    const sp = xml ? SHEET_PROTECTION.exec(xml) : null;
    if (sp) sheets.set(name, unprefixed(sp[0]));
  }
  return { workbook: wp ? unprefixed(wp[0]) : null, sheets };
}

/** A sheet's XML with this <sheetProtection/>, in its schema place (right after <sheetData>/<sheetCalcPr>). */
export function withSheetProtection(sheetXml: string, tag: string): string {
  const xml = sheetXml.replace(SHEET_PROTECTION, '');
  const calc = /<sheetCalcPr\b[^>]*\/>/.exec(xml);
  if (calc) return `${xml.slice(0, calc.index + calc[0].length)}${tag}${xml.slice(calc.index + calc[0].length)}`;
  if (xml.includes('</sheetData>')) return xml.replace('</sheetData>', `</sheetData>${tag}`);
  return xml.replace(/<sheetData\s*\/>/, (m) => `${m}${tag}`);
}

/** workbook.xml with this <workbookProtection/>, before <bookViews> (or <sheets>) as the schema orders it. */
export function withWorkbookProtection(bookXml: string, tag: string): string {
  const xml = bookXml.replace(WORKBOOK_PROTECTION, '');
  const at = /<(bookViews|sheets)\b/.exec(xml);
  return at ? `${xml.slice(0, at.index)}${tag}${xml.slice(at.index)}` : xml;
}
