// Zip bombs built in code: a sheet of many small cells deflated as it is generated (the XML is never held whole),
// and a package whose directory claims more than it may hold.
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { partPackage } from '../xlsx/ooxml-package';

function addText(zip: Zip, name: string, text: string): void {
  const f = new ZipPassThrough(name);
  zip.add(f);
  f.push(strToU8(text), true);
}

/** An .xlsx whose one sheet holds `cells` numeric cells, `perRow` to a row (no r attributes: they advance). */
export function cellBomb(cells: number, perRow = 16000): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  addText(zip, '_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  addText(zip, 'xl/workbook.xml', `<workbook ${NS} ${RNS}><sheets><sheet name="炸弹" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  addText(zip, 'xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8(`<worksheet ${NS}><sheetData>`));
  const row = `<row>${'<c><v>1</v></c>'.repeat(perRow)}</row>`;
  const rowBytes = strToU8(row);
  for (let done = 0; done < cells; done += perRow) sheet.push(rowBytes);
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}

/** A small valid package whose central directory says its sheet inflates to `claimed` bytes. */
export function lyingDirectory(claimed: number): Uint8Array {
  const bytes = partPackage({ sheets: [{ name: '表', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
  const name = strToU8('xl/worksheets/sheet1.xml');
  for (let at = bytes.length - 22; at >= 0; at--) {
    // Central directory header of the sheet: signature PK\x01\x02, then its name at +46.
    if (bytes[at] !== 0x50 || bytes[at + 1] !== 0x4b || bytes[at + 2] !== 1 || bytes[at + 3] !== 2) continue;
    const len = bytes[at + 28] | (bytes[at + 29] << 8);
    if (len !== name.length || !name.every((b, i) => bytes[at + 46 + i] === b)) continue;
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(at + 24, claimed, true);
    return bytes;
  }
  throw new Error('sheet entry not found');
}
