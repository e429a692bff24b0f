// A corpus of bad input files, built in code: broken containers, files that are not .xlsx at all, and valid
// workbooks with hostile content. Each entry says whether the CLI must refuse it (exit 2 + a sentence) or check it.
import JSZip from 'jszip';
import type { SpecCell, WorkbookSpec } from '../fixtures/workbook-spec';
import { specToXlsx } from '../fixtures/workbook-spec';
import { seed000Workbook } from '../fixtures/seeds/workbooks';

/** One bad file and what the user must be told. */
export interface BadFile {
  name: string;
  bytes: Uint8Array;
  /** Unreadable: exit 2 and a zh-CN sentence matching `message`. Readable: a report (exit 0 or 1). */
  unreadable: boolean;
  message?: RegExp;
}

const utf16 = (s: string) => Array.from(s).flatMap((ch) => [ch.charCodeAt(0), 0]);
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A minimal OLE compound file whose directory names the given streams (UTF-16LE, as Office writes them). */
export function oleFile(streams: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 128 * (streams.length + 1) + 512);
  bytes.set(OLE_SIGNATURE, 0);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24);
  const names = ['Root Entry', ...streams];
  names.forEach((n, i) => bytes.set(utf16(n), 512 + 128 * i));
  return bytes;
}

/** A small valid workbook: seed 000's 支出总表 (on the sheet the arrangement names 「表3」). */
export async function smallWorkbook(): Promise<Uint8Array> {
  const spec = seed000Workbook().spec;
  return new Uint8Array(await specToXlsx({ sheets: spec.sheets.filter((s) => s.name === '表3') }));
}

async function rewriteZip(bytes: Uint8Array, edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Sheet 1 claims (and really reaches) the last row of a sheet: A1:XFD1048576, with a cell in row 1,048,576. */
async function hugeUsedRange(): Promise<Uint8Array> {
  return rewriteZip(await smallWorkbook(), async (zip) => {
    const path = 'xl/worksheets/sheet1.xml';
    const xml = (await zip.file(path)?.async('string')) ?? '';
    const far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>末行</t></is></c></row></sheetData>';
    zip.file(path, xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>').replace('</sheetData>', far));
  });
}

/** A formula pointing into another workbook, with the externalLink part Excel writes for it. */
async function externalLink(): Promise<Uint8Array> {
  return rewriteZip(await smallWorkbook(), async (zip) => {
    const path = 'xl/worksheets/sheet1.xml';
    const xml = (await zip.file(path)?.async('string')) ?? '';
    zip.file(path, xml.replace('</sheetData>', '<row r="40"><c r="D40"><f>[1]Sheet1!$A$1</f><v>3232.07</v></c></row></sheetData>'));
    zip.file('xl/externalLinks/externalLink1.xml', '<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>');
    zip.file('xl/externalLinks/_rels/externalLink1.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/预算/上年.xlsx" TargetMode="External"/></Relationships>');
  });
}

function withCells(spec: WorkbookSpec, sheet: string, cells: Record<string, SpecCell>): WorkbookSpec {
  const s = spec.sheets.find((x) => x.name === sheet);
  for (const [key, value] of Object.entries(cells)) {
    const [r, c] = key.split(',').map(Number);
    if (!s) continue;
    while (s.rows.length <= r) s.rows.push([]);
    s.rows[r][c] = value;
  }
  return spec;
}

async function readableFiles(): Promise<BadFile[]> {
  const errors = withCells(seed000Workbook().spec, '表3', { '5,3': { v: null, f: 'D7/0', error: '#DIV/0!' }, '6,4': { v: null, f: '#REF!+1', error: '#REF!' } });
  const hidden = seed000Workbook().spec;
  hidden.sheets[1].state = 'hidden';
  hidden.sheets[2].state = 'veryHidden';
  const long = withCells(seed000Workbook().spec, '表3', { '40,0': '说明'.repeat(16000), '41,2': 'x'.repeat(32767) });
  return [
    { name: 'formula-errors.xlsx', bytes: new Uint8Array(await specToXlsx(errors)), unreadable: false },
    { name: 'hidden-sheets.xlsx', bytes: new Uint8Array(await specToXlsx(hidden)), unreadable: false },
    { name: 'very-long-strings.xlsx', bytes: new Uint8Array(await specToXlsx(long)), unreadable: false },
    { name: 'huge-used-range.xlsx', bytes: await hugeUsedRange(), unreadable: false },
    { name: 'external-link.xlsx', bytes: await externalLink(), unreadable: false },
  ];
}

/** Every bad file of the corpus. */
export async function badFiles(): Promise<BadFile[]> {
  const good = await smallWorkbook();
  const corrupt = good.slice();
  for (let i = Math.floor(corrupt.length * 0.3); i < corrupt.length * 0.6; i += 7) corrupt[i] ^= 0x5a;
  const csv = new TextEncoder().encode('科目编码,科目名称,合计\n2101501,行政运行,95.46\n2101550,事业运行,383.86\n');
  return [
    { name: 'empty.xlsx', bytes: new Uint8Array(0), unreadable: true, message: /0 字节/ },
    { name: 'truncated.xlsx', bytes: good.slice(0, Math.floor(good.length / 2)), unreadable: true, message: /损坏|不完整/ },
    { name: 'truncated-header.xlsx', bytes: good.slice(0, 10), unreadable: true, message: /损坏|不完整/ },
    { name: 'corrupt.xlsx', bytes: corrupt, unreadable: true, message: /损坏|不完整/ },
    { name: 'old-format.xls', bytes: oleFile(['Workbook', 'SummaryInformation']), unreadable: true, message: /97-2003|\.xls/ },
    { name: 'encrypted.xlsx', bytes: oleFile(['EncryptionInfo', 'EncryptedPackage']), unreadable: true, message: /密码/ },
    { name: 'renamed.csv.xlsx', bytes: csv, unreadable: true, message: /CSV|纯文本/ },
    { name: 'empty-zip.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), unreadable: true, message: /压缩包/ },
    ...(await readableFiles()),
  ];
}
