import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { specToXlsx } from '../fixtures/workbook-spec';
import { mutateCell, onePerSheet } from '../fixtures/seeds/arrangements';
import { seed000Blocks } from '../fixtures/seeds/seed000';

const SCHEMA_PATH = join(__dirname, '../../../shared/contracts/report.schema.json');
const LOCAL_SCHEMA = join(__dirname, '../fixtures/report.schema.json');

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

function validator() {
  const path = existsSync(SCHEMA_PATH) ? SCHEMA_PATH : LOCAL_SCHEMA;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
}

const dir = mkdtempSync(join(tmpdir(), 'bd-check-'));
let clean = '';
let broken = '';

beforeAll(async () => {
  const arr = onePerSheet(seed000Blocks());
  clean = join(dir, 'seed000.xlsx');
  writeFileSync(clean, await specToXlsx(arr.spec));
  broken = join(dir, 'seed000-typo.xlsx');
  // 2101501 行政运行 in 支出总表 (sheet 表3): 95.46 typed as 95.64.
  writeFileSync(broken, await specToXlsx(mutateCell(arr.spec, '表3', 'D23', 95.64)));
});

describe('check command', () => {
  it('prints the recognized tables and a closing count, exit 0 on a clean workbook', async () => {
    const io = capture();
    expect(await main(['check', clean], io)).toBe(0);
    expect(io.out).toContain('识别到 11 张表');
    expect(io.out).toContain('473 灵寿县医疗保障局');
    expect(io.out).toMatch(/共 0 个错误、\d+ 个警告、\d+ 个提示。\n$/);
  });

  it('exits 1 and groups findings by table when a figure is wrong', async () => {
    const io = capture();
    expect(await main(['check', broken], io)).toBe(1);
    expect(io.out).toContain('【部门预算支出总表】');
    expect(io.out).toContain('表3!D23');
  });

  it('--json prints one document that validates against report.schema.json', async () => {
    const io = capture();
    expect(await main(['check', broken, '--json'], io)).toBe(1);
    const report = JSON.parse(io.out);
    const validate = validator();
    expect(validate(report)).toBe(true);
    expect(report.tables).toHaveLength(11);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.findings[0]).toMatchObject({ severity: 'error', sheet: '表3' });
  });

  const unreadable: [string, () => string, RegExp][] = [
    ['a missing path', () => join(dir, 'nope.xlsx'), /找不到文件/],
    ['a folder', () => dir, /文件夹/],
    ['an empty file', () => write('empty.xlsx', Buffer.alloc(0)), /空的/],
    ['a CSV renamed to .xlsx', () => write('table.xlsx', Buffer.from('科目编码,科目名称\n208,社会保障和就业支出\n')), /纯文本/],
    ['random bytes', () => write('random.xlsx', Buffer.from([0, 1, 2, 250, 251, 252, 0, 7])), /无法识别/],
  ];
  function write(name: string, bytes: Buffer): string {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  }

  it.each(unreadable)('%s: exit 2, one Chinese sentence, no stack trace', async (_n, make, re) => {
    const io = capture();
    expect(await main(['check', make()], io)).toBe(2);
    expect(io.err).toMatch(re);
    expect(io.err).not.toMatch(/\bat \w|Error:/);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it.each(unreadable)('%s with --json: exit 2 and an error field in a valid document', async (_n, make, re) => {
    const io = capture();
    expect(await main(['check', make(), '--json'], io)).toBe(2);
    const doc = JSON.parse(io.out);
    expect(doc.error).toMatch(re);
    expect(validator()(doc)).toBe(true);
  });

  it('finds the three planted mistakes of the demo sample, and nothing in the clean one', async () => {
    const assets = join(__dirname, '../../assets');
    const io = capture();
    expect(await main(['check', join(assets, 'sample-budget-2021-with-errors.xlsx'), '--json'], io)).toBe(1);
    const cells = new Set(JSON.parse(io.out).findings.map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`));
    expect([...cells].sort()).toEqual(['三公经费!D10', '信息公开情况说明!A21', '表3!D23']);
    const clean = capture();
    expect(await main(['check', join(assets, 'sample-budget-2021.xlsx'), '--json'], clean)).toBe(0);
    expect(JSON.parse(clean.out).findings).toEqual([]);
  });

  it('--codes: an imported 科目表 renames a code (the built-in name becomes a former one), a file without one is refused', async () => {
    const codes = join(dir, '2021年科目表.xlsx');
    writeFileSync(codes, await specToXlsx({
      sheets: [{ name: '科目表', rows: [
        ['2021年政府收支分类科目'], ['科目编码', '科目名称'], ['210', '卫生健康支出'], ['21015', '医疗保障管理事务'],
        ['2101501', '行政运行'], ['2101550', '事业单位运行'],
      ] }],
    }));
    const renamedIn = (out: string) =>
      JSON.parse(out).findings.filter((f: { rule: string }) => f.rule === 'codes/name-mismatch').map((f: { sheet: string; cell: string; message: string }) => [`${f.sheet}!${f.cell}`, f.message]);
    const plain = capture();
    expect(await main(['check', clean, '--json'], plain)).toBe(0);
    expect(renamedIn(plain.out)).toEqual([]);
    const io = capture();
    expect(await main(['check', clean, '--json', '--codes', codes], io)).toBe(0);
    const renamed = renamedIn(io.out);
    expect(renamed.map(([at]: string[]) => at)).toEqual(expect.arrayContaining(['表3!C24', '一般公共预算支出表!C24']));
    expect(renamed[0][1]).toContain('2021 年科目表中为「事业单位运行」');
    const prose = join(dir, '说明.xlsx');
    writeFileSync(prose, await specToXlsx({ sheets: [{ name: '说明', rows: [['这里没有科目'], ['只有文字']] }] }));
    const bad = capture();
    expect(await main(['check', clean, '--codes', prose], bad)).toBe(2);
    expect(bad.err).toContain('没有找到科目表');
  });

  it('rejects unknown options and commands in Chinese', async () => {
    const io = capture();
    expect(await main(['check', clean, '--frobnicate'], io)).toBe(2);
    expect(io.err).toContain('不认识的选项');
    const io2 = capture();
    expect(await main(['verify', clean], io2)).toBe(2);
    expect(io2.err).toContain('不认识的命令');
  });
});
