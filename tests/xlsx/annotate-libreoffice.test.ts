// The annotated copy must open cleanly in other spreadsheet programs: LibreOffice converts it to .xlsx
// (read back here) and to PDF. Skipped, with the reason printed, only when LibreOffice is not installed.
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import * as path from 'path';
import { MARK_FILL, NOTE_PREFIX, noteText } from '../../src/engine/mark-style';
import { annotateWorkbook } from '../../src/xlsx/annotate';
import { RESULTS_SHEET_NAME } from '../../src/xlsx/annotate-results-sheet';
import { argb, fillOf, FINDINGS, fixtureBytes, load, noteOf, OTHER, SUMMARY } from './annotate-fixture';

function onPath(names: string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const n of names) if (dir && existsSync(path.join(dir, n))) return path.join(dir, n);
  }
  return null;
}

const office = onPath(['libreoffice', 'soffice']);
// process.stdout, not console: jest drops the console output of a test file whose tests all skip.
if (!office) process.stdout.write('annotate-libreoffice: 跳过 —— PATH 中没有 libreoffice/soffice（Debian 包 libreoffice-calc-nogui）。\n');
const withOffice = office ? describe : describe.skip;

const LO_TIMEOUT = 120_000;

/** Cell text whether LibreOffice stored it plain or as rich text (it splits runs by font for CJK). */
function textOf(ws: ExcelJS.Worksheet, a1: string): unknown {
  const v = ws.getCell(a1).value;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return v;
}

withOffice('LibreOffice opens the annotated copy', () => {
  let dir: string;
  let source: string;
  const converted = new Map<string, string>();

  /** Convert the annotated copy with a fresh LibreOffice profile; returns the output path. */
  function convert(to: 'xlsx' | 'pdf'): string {
    const done = converted.get(to);
    if (done) return done;
    const outDir = path.join(dir, `out-${to}`);
    const profile = `file://${path.join(dir, `profile-${to}`)}`;
    execFileSync(office!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, source], {
      stdio: 'pipe',
      timeout: LO_TIMEOUT,
    });
    const out = path.join(outDir, `annotated.${to}`);
    converted.set(to, out);
    return out;
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'annotate-lo-'));
    source = path.join(dir, 'annotated.xlsx');
    writeFileSync(source, await annotateWorkbook(await fixtureBytes(), FINDINGS));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    're-saves it as .xlsx with the fills, notes, formulas and text cells intact',
    async () => {
      const out = convert('xlsx');
      const wb = await load(new Uint8Array(readFileSync(out)));
      expect(wb.worksheets.map((s) => s.name)).toEqual([RESULTS_SHEET_NAME, SUMMARY, OTHER]);
      const sum = wb.getWorksheet(SUMMARY)!;
      const other = wb.getWorksheet(OTHER)!;
      expect([fillOf(sum, 'E8'), fillOf(sum, 'E5'), fillOf(sum, 'B3')]).toEqual([
        argb(MARK_FILL.error),
        argb(MARK_FILL.warning),
        argb(MARK_FILL.info),
      ]);
      expect([fillOf(other, 'A2'), fillOf(other, 'B2'), fillOf(sum, 'E6'), fillOf(sum, 'C5')]).toEqual([
        argb(MARK_FILL.error),
        argb(MARK_FILL.info),
        undefined,
        undefined,
      ]);
      expect(noteOf(sum, 'E8')).toBe(noteText([FINDINGS[0], FINDINGS[1]]));
      expect(noteOf(other, 'A2')).toMatch(new RegExp(`^张会计:\\n此项请核对\\n[—]+\\n${NOTE_PREFIX}\\n错误：=SUM`));
      expect(sum.getCell('E8').formula).toBe('SUM(E5:E7)');
      expect(sum.getCell('E8').result).toBe(3232.07);
      expect(sum.getCell('E7').numFmt).toBe('#,##0.00_ ');
      const results = wb.worksheets[0];
      expect(textOf(results, 'E7')).toBe('=SUM(A1:A3) 看起来像公式');
      expect(textOf(results, 'F7')).toBe('=1+1');
      expect(textOf(results, 'E8')).toBe('+1 以文本形式存储的数字');
      expect(results.getCell('E7').formula).toBeUndefined();
    },
    LO_TIMEOUT,
  );

  it(
    'keeps the results sheet links pointing inside the workbook',
    async () => {
      const zip = await JSZip.loadAsync(readFileSync(convert('xlsx')));
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const locations = [...xml.matchAll(/<hyperlink [^>]*location="([^"]*)"/g)].map((m) => m[1]);
      expect(locations[0]).toBe('&apos;收支 总表&apos;!E8');
      expect(locations).toContain('&apos;Tom&apos;&apos;s 表&apos;!A2');
      expect(xml).not.toMatch(/<f[ >]/);
    },
    LO_TIMEOUT,
  );

  it(
    'annotates a workbook that LibreOffice itself saved (another producer\'s package layout)',
    async () => {
      const plain = path.join(dir, 'plain.xlsx');
      writeFileSync(plain, await fixtureBytes());
      const outDir = path.join(dir, 'out-plain');
      const profile = `file://${path.join(dir, 'profile-plain')}`;
      execFileSync(office!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, plain], {
        stdio: 'pipe',
        timeout: LO_TIMEOUT,
      });
      const saved = new Uint8Array(readFileSync(path.join(outDir, 'plain.xlsx')));
      const wb = await load(await annotateWorkbook(saved, FINDINGS));
      const sum = wb.getWorksheet(SUMMARY)!;
      expect(wb.worksheets[0].name).toBe(RESULTS_SHEET_NAME);
      expect(fillOf(sum, 'E8')).toBe(argb(MARK_FILL.error));
      expect(fillOf(sum, 'E6')).toBeUndefined();
      expect(sum.getCell('E8').formula).toBe('SUM(E5:E7)');
      expect(noteOf(sum, 'E8')).toBe(noteText([FINDINGS[0], FINDINGS[1]]));
      expect(noteOf(wb.getWorksheet(OTHER)!, 'B1')).toMatch(new RegExp(`^原有批注\\n[—]+\\n${NOTE_PREFIX}\\n警告：-2 表头$`));
    },
    LO_TIMEOUT,
  );

  it(
    'prints it to a non-empty PDF',
    () => {
      const pdf = readFileSync(convert('pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(5000);
    },
    LO_TIMEOUT,
  );
});
