// The last touches exceljs cannot make itself, applied to its written .xlsx package: in-workbook links on the
// results sheet, the input's own in-workbook links that exceljs drops, and note boxes sized to their text.
// Relies on exceljs' part names (sheet{id}.xml, vmlDrawing{id}.vml).
import JSZip from 'jszip';
import { collectInternalLinks, insertLinkTags } from './annotate-keep-links';
import { internalizeLinks } from './annotate-links';
import { resizeNoteShapes, type NoteBox } from './annotate-note-size';
import { collectProtection, withSheetProtection, withWorkbookProtection } from './annotate-protection';

/** What to fix: the input package, exceljs sheet ids by name, the results sheet's id, note boxes per sheet id. */
export interface PackageFixes {
  input: Uint8Array;
  sheetIds: ReadonlyMap<string, number>;
  linkSheetId: number;
  noteBoxes: ReadonlyMap<number, ReadonlyMap<string, NoteBox>>;
}

async function textOf(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name);
  return file ? file.async('string') : null;
}

async function fixLinks(zip: JSZip, sheetId: number): Promise<void> {
  const sheetPath = `xl/worksheets/sheet${sheetId}.xml`;
  const relsPath = `xl/worksheets/_rels/sheet${sheetId}.xml.rels`;
  const sheetXml = await textOf(zip, sheetPath);
  if (sheetXml === null) throw new Error(`annotate: ${sheetPath} missing from exceljs output`);
  const fixed = internalizeLinks(sheetXml, await textOf(zip, relsPath));
  zip.file(sheetPath, fixed.sheetXml);
  if (fixed.relsXml !== null) zip.file(relsPath, fixed.relsXml);
}

async function fixNoteBoxes(zip: JSZip, sheetId: number, boxes: ReadonlyMap<string, NoteBox>): Promise<void> {
  const path = `xl/drawings/vmlDrawing${sheetId}.vml`;
  const vml = await textOf(zip, path);
  if (vml !== null) zip.file(path, resizeNoteShapes(vml, boxes));
}

async function restoreLinks(zip: JSZip, input: JSZip, fixes: PackageFixes): Promise<void> {
  for (const [name, tags] of await collectInternalLinks(input)) {
    const id = fixes.sheetIds.get(name);
    const path = `xl/worksheets/sheet${id}.xml`;
    const xml = id === undefined ? null : await textOf(zip, path);
    if (xml !== null) zip.file(path, insertLinkTags(xml, tags));
  }
}

/** Sheet and workbook protection exactly as the input had it (exceljs loses the password and structure locks). */
async function restoreProtection(zip: JSZip, input: JSZip, sheetIds: ReadonlyMap<string, number>): Promise<void> {
  const protection = await collectProtection(input);
  for (const [name, tag] of protection.sheets) {
    const path = `xl/worksheets/sheet${sheetIds.get(name)}.xml`;
    const xml = sheetIds.has(name) ? await textOf(zip, path) : null;
    if (xml !== null) zip.file(path, withSheetProtection(xml, tag));
  }
  const book = protection.workbook ? await textOf(zip, 'xl/workbook.xml') : null;
  if (book !== null && protection.workbook) zip.file('xl/workbook.xml', withWorkbookProtection(book, protection.workbook));
}

/** Apply the fixes to exceljs' output and re-package it. */
export async function finishPackage(xlsx: Uint8Array, fixes: PackageFixes): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const input = await JSZip.loadAsync(fixes.input);
  await fixLinks(zip, fixes.linkSheetId);
  await restoreLinks(zip, input, fixes);
  await restoreProtection(zip, input, fixes.sheetIds);
  for (const [id, boxes] of fixes.noteBoxes) await fixNoteBoxes(zip, id, boxes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
