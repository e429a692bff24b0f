// Minimal .xlsx packages written part by part (fflate zip), for reader cases exceljs cannot write: rich text with
// phonetic runs, inline strings, shared formulas, a cached 0, the 1904 date system, hidden rows and columns.
import { strToU8, zipSync, type Zippable } from 'fflate';

/** One worksheet of a hand-written package: the XML inside <sheetData>, and what follows it. */
export interface PartSheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  sheetData: string;
  /** XML placed before <sheetData> (e.g. <cols>). */
  before?: string;
  /** XML placed after </sheetData> (e.g. <mergeCells>). */
  after?: string;
}

/** What a hand-written package holds. */
export interface PartBook {
  sheets: PartSheet[];
  sharedStrings?: string[];
  /** <numFmts> children and the numFmtId of each <xf> in <cellXfs> (index = s). */
  numFmts?: string;
  xfs?: number[];
  date1904?: boolean;
  /** Extra files, verbatim. */
  extra?: Record<string, string>;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function rels(items: [string, string, string][]): string {
  const body = items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

/** The package's bytes. */
export function partPackage(book: PartBook): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.xml']]),
  };
  const sheetTags = book.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  files['xl/workbook.xml'] = `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${REL_NS}>${book.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetTags}</sheets></workbook>`;
  const wbRels: [string, string, string][] = book.sheets.map((_s, i) => [`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`]);
  wbRels.push(['rIdS', 'sharedStrings', 'sharedStrings.xml'], ['rIdT', 'styles', 'styles.xml']);
  files['xl/_rels/workbook.xml.rels'] = rels(wbRels);
  book.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS} ${REL_NS}>${s.before ?? ''}<sheetData>${s.sheetData}</sheetData>${s.after ?? ''}</worksheet>`;
  });
  const sis = (book.sharedStrings ?? []).map((x) => (x.startsWith('<') ? `<si>${x}</si>` : `<si><t>${x}</t></si>`)).join('');
  files['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${sis}</sst>`;
  const xfs = (book.xfs ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join('');
  files['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts>${book.numFmts ?? ''}</numFmts><cellStyleXfs><xf numFmtId="2"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`;
  Object.assign(files, book.extra ?? {});
  const zippable: Zippable = {};
  for (const [name, text] of Object.entries(files)) zippable[name] = strToU8(text);
  return zipSync(zippable);
}
