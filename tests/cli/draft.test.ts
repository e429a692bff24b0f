// `draft FILE [--template] [--prior] [-o]` end to end on real .xlsx files written from the seed fixtures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { runDraft } from '../../src/cli/draft';
import type { CliIo } from '../../src/cli/io';
import { specToXlsx } from '../fixtures/workbook-spec';
import { seed000Workbook } from '../fixtures/seeds/workbooks';

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

let dir: string;
let xlsx: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'draft-cli-'));
  xlsx = path.join(dir, '灵寿县2021.xlsx');
  writeFileSync(xlsx, await specToXlsx(seed000Workbook().spec));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('draft command', () => {
  it('prints the draft on stdout when there is no -o', async () => {
    const io = capture();
    expect(await runDraft([xlsx], io)).toBe(0);
    expect(io.out).toContain('灵寿县医疗保障局2021年部门预算信息公开情况说明');
    expect(io.out).toContain('基本支出576.27万元，包括人员经费536.65万元和日常公用经费39.62万元');
    expect(io.err).toBe('');
  });

  it('reads the 机构设置 table of the workbook and signs with the unit and today\'s date', async () => {
    const io = capture();
    expect(await runDraft([xlsx], io)).toBe(0);
    expect(io.out).toContain('灵寿县医疗保险管理中心\t事业\t正科级\t财政性资金基本保证');
    const d = new Date();
    expect(io.out.trimEnd().split('\n').slice(-2)).toEqual(['灵寿县医疗保障局', `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`]);
  });

  it('states the changes from --prior PRIOR.json', async () => {
    const prior = path.join(dir, 'prior.json');
    writeFileSync(prior, JSON.stringify({ year: 2020, total: '3068.24', basic: 509.44, project: '2558.80万元' }));
    const io = capture();
    expect(await runDraft([xlsx, '--prior', prior], io)).toBe(0);
    expect(io.out).toContain('较2020年预算3068.24万元增加163.83万元');
    expect(io.out).toContain('增加66.83万元');
    expect(io.out).toContain('增加97.00万元');
  });

  it('reads last year\'s figures from last year\'s workbook given to --prior', async () => {
    const io = capture();
    expect(await runDraft([xlsx, '--prior', xlsx], io)).toBe(0);
    expect(io.out).toContain('与2021年预算3232.07万元持平');
  });

  it.each([
    ['out.md', (b: Buffer) => b.toString('utf8').startsWith('# 灵寿县医疗保障局2021年部门预算信息公开情况说明')],
    ['out.txt', (b: Buffer) => b.toString('utf8').includes('\n七、国有资产信息\n')],
  ])('writes %s', async (name, ok) => {
    const out = path.join(dir, name);
    const io = capture();
    expect(await runDraft([xlsx, '-o', out], io)).toBe(0);
    expect(ok(readFileSync(out))).toBe(true);
    expect(io.out).toMatch(/已保存情况说明草稿「.*」，其中 \d+ 处【请填写】需要补充。/);
  });

  it('writes a .docx that opens, in the Henan template on request', async () => {
    const out = path.join(dir, 'out.docx');
    expect(await runDraft([xlsx, '--template', 'henan', '-o', out], capture())).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('第三部分 名词解释');
    expect(xml).toContain('Heading1');
  });

  it('refuses to write over the input file, and leaves it untouched', async () => {
    const before = readFileSync(xlsx);
    const io = capture();
    expect(await runDraft([xlsx, '-o', xlsx], io)).toBe(2);
    expect(io.err).toContain('输出文件不能与输入文件相同');
    expect(readFileSync(xlsx).equals(before)).toBe(true);
  });

  it.each([
    ['an unreadable file', () => { const p = path.join(dir, 'bad.xlsx'); writeFileSync(p, 'not a workbook'); return [p]; }, /bad\.xlsx：.*。\n$/],
    ['a missing file', () => [path.join(dir, 'missing.xlsx')], /找不到文件/],
    ['a wrong template', () => [xlsx, '--template', 'beijing'], /hebei（河北样式）或 henan（河南样式）/],
    ['an unsupported output', () => [xlsx, '-o', path.join(dir, 'out.pdf')], /\.md、\.docx 或 \.txt/],
    ['a broken PRIOR.json', () => { const p = path.join(dir, 'broken.json'); writeFileSync(p, '{total:'); return [xlsx, '--prior', p]; }, /不是有效的 JSON/],
    ['an unknown PRIOR.json field', () => { const p = path.join(dir, 'typo.json'); writeFileSync(p, '{"totl": "1"}'); return [xlsx, '--prior', p]; }, /不认识的字段「totl」/],
    ['a PRIOR.json amount that is not a number', () => { const p = path.join(dir, 'nan.json'); writeFileSync(p, '{"total": "三千"}'); return [xlsx, '--prior', p]; }, /不是金额/],
    ['no file', () => [], /请指定一个要起草情况说明的 Excel 文件/],
  ])('exits 2 with one Chinese sentence for %s', async (_name, args, message) => {
    const io = capture();
    expect(await runDraft(args(), io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err).not.toMatch(/at .*\.ts|Error:/);
    expect(io.out).toBe('');
  });

  it('writes nothing when it fails', async () => {
    const out = path.join(dir, 'never.md');
    await runDraft([path.join(dir, 'missing.xlsx'), '-o', out], capture());
    expect(existsSync(out)).toBe(false);
  });
});
