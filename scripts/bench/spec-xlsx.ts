// A WorkbookSpec written as .xlsx without exceljs, for the benchmark's big workbooks: exceljs needs minutes to
// write a sheet with 20,000 merges (its merge bookkeeping is quadratic). Shared strings, one style per number
// format, formulas with cached values, merges and sheet states, as Excel writes them.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { columnLetter } from '../../src/engine/grid/address';
import type { SheetSpec, SpecCell, WorkbookSpec } from '../../tests/fixtures/workbook-spec';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

class Tables {
  readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  readonly formats: string[] = [];

  str(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) this.stringIds.set(s, (id = this.strings.push(s) - 1));
    return id;
  }

  /** Style index (1-based; 0 is the default style) for a number format. */
  style(fmt: string): number {
    let i = this.formats.indexOf(fmt);
    if (i < 0) i = this.formats.push(fmt) - 1;
    return i + 1;
  }
}

function cellXml(ref: string, c: SpecCell, sheetFmt: string, t: Tables): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return `<c r="${ref}" s="${t.style(sheetFmt)}"><v>${c}</v></c>`;
  if (typeof c === 'string') return `<c r="${ref}" t="s"><v>${t.str(c)}</v></c>`;
  const f = c.f ? `<f>${esc(c.f)}</f>` : '';
  const fmt = c.fmt ?? (typeof c.v === 'number' ? sheetFmt : undefined);
  const s = fmt ? ` s="${t.style(fmt)}"` : '';
  if (c.error) return `<c r="${ref}"${s} t="e">${f}<v>${esc(c.error)}</v></c>`;
  if (typeof c.v === 'number') return `<c r="${ref}"${s}>${f}<v>${c.v}</v></c>`;
  if (typeof c.v === 'string') return c.f ? `<c r="${ref}"${s} t="str">${f}<v>${esc(c.v)}</v></c>` : `<c r="${ref}"${s} t="s"><v>${t.str(c.v)}</v></c>`;
  return f ? `<c r="${ref}"${s}>${f}</c>` : '';
}

function sheetXml(s: SheetSpec, t: Tables): string {
  const fmt = s.numFmt ?? '0.00';
  const rows: string[] = [];
  s.rows.forEach((row, r) => {
    const cells = row.map((c, col) => cellXml(`${columnLetter(col)}${r + 1}`, c, fmt, t)).join('');
    if (cells) rows.push(`<row r="${r + 1}">${cells}</row>`);
  });
  const merges = s.merges ?? [];
  const mergeXml = merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS} ${RNS}><sheetData>${rows.join('')}</sheetData>${mergeXml}</worksheet>`;
}

/** The .xlsx bytes of a spec. */
export function specToXlsxFast(spec: WorkbookSpec): Uint8Array {
  const t = new Tables();
  const files: Record<string, string> = {};
  spec.sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s, t)));
  const sheets = spec.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state && s.state !== 'visible' ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
  files['xl/workbook.xml'] = `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${RNS}><sheets>${sheets.join('')}</sheets></workbook>`;
  const rels = spec.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`, `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  files['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships ${PKG}>${rels.join('')}</Relationships>`;
  files['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships ${PKG}><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  files['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${t.strings.length}" uniqueCount="${t.strings.length}">${t.strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`;
  const numFmts = t.formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join('');
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', ...t.formats.map((_f, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)];
  files['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="${t.formats.length}">${numFmts}</numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`;
  files['[Content_Types].xml'] = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${spec.sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
  const zippable: Zippable = {};
  for (const [name, text] of Object.entries(files)) zippable[name] = strToU8(text);
  return zipSync(zippable, { level: 6 });
}
