// The last touches exceljs cannot make itself, applied to its written .xlsx package: in-workbook links on the
// results sheet, the input's own in-workbook links that exceljs drops, and note boxes sized to their text.
// Relies on exceljs' part names (sheet{id}.xml, vmlDrawing{id}.vml).
import JSZip from 'jszip';
import { collectInternalLinks, insertLinkTags } from './annotate-keep-links';
import { internalizeLinks } from './annotate-links';
import { resizeNoteShapes, type NoteBox } from './annotate-note-size';

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

async function restoreLinks(zip: JSZip, fixes: PackageFixes): Promise<void> {
  for (const [name, tags] of await collectInternalLinks(await JSZip.loadAsync(fixes.input))) {
    const id = fixes.sheetIds.get(name);
    const path = `xl/worksheets/sheet${id}.xml`;
    const xml = id === undefined ? null : await textOf(zip, path);
    if (xml !== null) zip.file(path, insertLinkTags(xml, tags));
  }
}

/** Apply the fixes to exceljs' output and re-package it. */
export async function finishPackage(xlsx: Uint8Array, fixes: PackageFixes): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  await fixLinks(zip, fixes.linkSheetId);
  await restoreLinks(zip, fixes);
  for (const [id, boxes] of fixes.noteBoxes) await fixNoteBoxes(zip, id, boxes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
