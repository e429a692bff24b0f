// `check --checklist`: the reviewer's checklist after the findings (text), and as `checklist` in --json.
import Ajv2020 from 'ajv/dist/2020';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { specToXlsx } from '../fixtures/workbook-spec';
import { seed001Workbook } from '../fixtures/seeds/workbooks';

const SCHEMA_PATH = join(__dirname, '../../../shared/contracts/report.schema.json');
const LOCAL_SCHEMA = join(__dirname, '../fixtures/report.schema.json');

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

const dir = mkdtempSync(join(tmpdir(), 'bd-checklist-'));
let file = '';

beforeAll(async () => {
  file = join(dir, '临西2024.xlsx');
  writeFileSync(file, await specToXlsx(seed001Workbook().spec));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check --checklist', () => {
  it('prints the checklist after the findings, each item 是/否/不适用 with its evidence', async () => {
    const io = capture();
    expect(await main(['check', file, '--checklist'], io)).toBe(0);
    expect(io.out).toContain('预算公开情况检查表：');
    expect(io.out).toContain(' 1. [是] 9张部门预算公开表格是否齐全　9张表格均已找到。');
    expect(io.out).toContain(' 9. [否] 政府采购预算是否公开　情况说明中没有写政府采购预算金额。');
    expect(io.out).toMatch(/依据：信息公开情况说明!A\d+/);
    expect(io.out.trimEnd().endsWith('检查表中有 3 项为“否”。')).toBe(true);
  });

  it('prints no checklist without the flag', async () => {
    const io = capture();
    await main(['check', file], io);
    expect(io.out).not.toContain('检查表');
    const json = capture();
    await main(['check', file, '--json'], json);
    expect(JSON.parse(json.out).checklist).toBeUndefined();
  });

  it('--json --checklist: a `checklist` array exactly as the contract describes, and the document still validates', async () => {
    const io = capture();
    expect(await main(['check', file, '--json', '--checklist'], io)).toBe(0);
    const report = JSON.parse(io.out);
    const schema = JSON.parse(readFileSync(existsSync(SCHEMA_PATH) ? SCHEMA_PATH : LOCAL_SCHEMA, 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(report)).toBe(true);
    expect(report.checklist).toHaveLength(16);
    for (const it of report.checklist) {
      expect(Object.keys(it).sort()).toEqual(['evidence', 'item', 'note', 'ok']);
      expect([true, false, null]).toContain(it.ok);
      for (const e of it.evidence) expect(Object.keys(e).sort()).toEqual(['cell', 'sheet']);
    }
    expect(report.checklist[8]).toMatchObject({ item: '政府采购预算是否公开', ok: false, evidence: [{ sheet: '政府采购', cell: 'A1' }] });
  });
});

describe('annotate: the checklist as a sheet of the annotated copy', () => {
  it('adds 「检查表」 with the 16 items after the clerk\'s sheets', async () => {
    const out = join(dir, '标注.xlsx');
    const io = capture();
    expect(await main(['annotate', file, '-o', out], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[names.length - 1]).toBe('检查表');
    const ws = wb.getWorksheet('检查表')!;
    expect(String(ws.getCell('A2').value)).toContain('被检查单位：临西县医疗保障局本级　　预算年度：2024　　文件：临西2024.xlsx');
    expect(ws.getCell(5 + 15, 2).value).toBe('“部门”“单位”称谓是否一致');
    expect(ws.getCell(5 + 8, 3).value).toBe('否');
  });
});
