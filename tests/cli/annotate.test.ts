// `annotate FILE -o OUT`: exit codes as `check`, never touches FILE, refuses OUT == FILE, no partial OUT.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync } from 'fs';
import { promises as fsp } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runAnnotate, type AnnotateDeps } from '../../src/cli/annotate';
import { writeFileAtomic } from '../../src/cli/atomic-write';
import type { CliIo } from '../../src/cli/io';
import { check } from '../../src/engine/check';
import type { Finding, Report } from '../../src/engine/report';
import { summarize } from '../../src/engine/report';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { FINDINGS, fixtureBytes, load, SUMMARY } from '../xlsx/annotate-fixture';

interface Captured extends CliIo {
  out: string;
  err: string;
}

function captureIo(): Captured {
  const io: Captured = {
    out: '',
    err: '',
    stdout: (t) => {
      io.out += t;
    },
    stderr: (t) => {
      io.err += t;
    },
  };
  return io;
}

function reportOf(findings: Finding[]): Report {
  return { file: 'x', entity: null, year: null, unit: null, tables: [], findings, summary: summarize(findings) };
}

/** A check that reports the given findings, whatever the workbook (the rules are tested elsewhere). */
const checkReporting = (findings: Finding[]): Partial<AnnotateDeps> => ({ check: () => reportOf(findings) });

let dir: string;
let input: string;
let inputBytes: Buffer;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'annotate-cli-'));
  input = path.join(dir, '灵寿县 2021.xlsx');
  writeFileSync(input, await fixtureBytes());
  inputBytes = readFileSync(input);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function expectInputUntouched(): void {
  expect(Buffer.compare(readFileSync(input), inputBytes)).toBe(0);
}

describe('arguments', () => {
  it.each([[[]], [['in.xlsx']], [['-o', 'out.xlsx']], [['a.xlsx', 'b.xlsx', '-o', 'c.xlsx']], [['in.xlsx', '-o']]])(
    'prints the usage and exits 2 for %j',
    async (argv) => {
      const io = captureIo();
      expect(await runAnnotate(argv, io, checkReporting([]))).toBe(2);
      expect(io.err).toMatch(/^用法：budget-disclosure annotate 文件\.xlsx -o 输出文件\.xlsx/);
      expect(io.out).toBe('');
    },
  );

  it('names an unknown option', async () => {
    const io = captureIo();
    expect(await runAnnotate([input, '--force', '-o', 'x.xlsx'], io)).toBe(2);
    expect(io.err).toContain('不认识的选项「--force」');
  });

  it('prints the usage on stdout for --help, exit 0', async () => {
    const io = captureIo();
    expect(await runAnnotate(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/^用法：/);
  });

  it('accepts --output=OUT before FILE', async () => {
    const out = path.join(dir, 'out.xlsx');
    expect(await runAnnotate([`--output=${out}`, input], captureIo(), checkReporting([]))).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('refusing to write over the input', () => {
  it.each([
    ['the same path', (f: string) => f],
    ['a relative path', (f: string) => path.relative(process.cwd(), f)],
    ['a path through ..', (f: string) => path.join(path.dirname(f), 'sub', '..', path.basename(f))],
  ])('refuses OUT given as %s, exit 2, FILE untouched', async (_name, outOf) => {
    const io = captureIo();
    const before = statSync(input).mtimeMs;
    expect(await runAnnotate([input, '-o', outOf(input)], io, checkReporting(FINDINGS))).toBe(2);
    expect(io.err).toBe('输出文件不能与输入文件相同：本工具从不改写原文件，请用 -o 指定另一个文件名。\n');
    expectInputUntouched();
    expect(statSync(input).mtimeMs).toBe(before);
  });

  it('refuses a symlink to FILE as OUT', async () => {
    const link = path.join(dir, 'link.xlsx');
    symlinkSync(input, link);
    expect(await runAnnotate([input, '-o', link], captureIo(), checkReporting(FINDINGS))).toBe(2);
    expectInputUntouched();
  });
});

describe('unreadable input', () => {
  it('says the file is missing, exit 2', async () => {
    const io = captureIo();
    const missing = path.join(dir, 'nope.xlsx');
    expect(await runAnnotate([missing, '-o', path.join(dir, 'o.xlsx')], io)).toBe(2);
    expect(io.err).toMatch(/^找不到文件/);
    expect(io.err).toContain(missing);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['灵寿县 2021.xlsx']);
  });

  it("prints the reader's one zh-CN sentence for a CSV renamed .xlsx, exit 2, nothing written", async () => {
    const csv = path.join(dir, 'table.xlsx');
    writeFileSync(csv, '项目,金额\n办公费,60.25\n');
    const io = captureIo();
    expect(await runAnnotate([csv, '-o', path.join(dir, 'o.xlsx')], io)).toBe(2);
    const expected = await readWorkbook(new Uint8Array(readFileSync(csv))).catch((e: Error) => e.message);
    expect(io.err).toBe(`${csv}：${expected}\n`);
    expect(io.err).toMatch(/[\u4e00-\u9fff]/);
    expect(io.err).not.toMatch(/\bat |Error/);
    expect(existsSync(path.join(dir, 'o.xlsx'))).toBe(false);
  });
});

describe('writing the copy', () => {
  it('exits 1 when the report has errors, prints one line with counts, FILE untouched', async () => {
    const out = path.join(dir, 'out.xlsx');
    const io = captureIo();
    expect(await runAnnotate([input, '-o', out], io, checkReporting(FINDINGS))).toBe(1);
    expect(io.out).toBe(`已保存标注副本「${out}」：共 8 条，其中错误 2 条、警告 4 条、提示 2 条，已在单元格中标色并加批注。\n`);
    expect(io.err).toBe('');
    expectInputUntouched();
    const wb = await load(new Uint8Array(readFileSync(out)));
    expect(wb.worksheets[0].name).toBe('校验结果');
    expect(wb.getWorksheet(SUMMARY)!.getCell('E8').note).toBeTruthy();
  });

  it('exits 0 when there are warnings but no errors', async () => {
    const io = captureIo();
    const warnings = FINDINGS.filter((f) => f.severity !== 'error');
    expect(await runAnnotate([input, '-o', path.join(dir, 'o.xlsx')], io, checkReporting(warnings))).toBe(0);
    expect(io.out).toContain('错误 0 条');
  });

  it('leaves no partial OUT and keeps an existing OUT when the write is interrupted, exit 2', async () => {
    const out = path.join(dir, 'out.xlsx');
    writeFileSync(out, 'previous copy');
    const breakHalfWay = async (file: string): Promise<void> => {
      await fsp.writeFile(file, 'PK half');
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    };
    const io = captureIo();
    const deps: Partial<AnnotateDeps> = {
      ...checkReporting(FINDINGS),
      writeFile: (p, b) => writeFileAtomic(p, b, { write: breakHalfWay }),
    };
    expect(await runAnnotate([input, '-o', out], io, deps)).toBe(2);
    expect(io.err).toBe(`无法保存「${out}」：磁盘空间不足，未写出任何文件。\n`);
    expect(readFileSync(out, 'utf8')).toBe('previous copy');
    expect(readdirSync(dir).sort()).toEqual(['out.xlsx', '灵寿县 2021.xlsx']);
    expectInputUntouched();
  });

  it('maps file-system errors of an injected reader to one sentence', async () => {
    const io = captureIo();
    const deps: Partial<AnnotateDeps> = {
      readFile: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })),
    };
    expect(await runAnnotate([input, '-o', path.join(dir, 'o.xlsx')], io, deps)).toBe(2);
    expect(io.err).toBe(`没有权限读取文件「${input}」，请检查文件权限或先关闭占用它的程序。\n`);
  });

  it('says the output folder is missing, exit 2', async () => {
    const out = path.join(dir, 'no-such-dir', 'out.xlsx');
    const io = captureIo();
    expect(await runAnnotate([input, '-o', out], io, checkReporting([]))).toBe(2);
    expect(io.err).toBe(`无法保存「${out}」：所在文件夹不存在，请先创建文件夹或换一个位置。\n`);
  });

  it('turns an internal failure into one sentence without a stack trace, exit 2', async () => {
    const io = captureIo();
    const deps: Partial<AnnotateDeps> = {
      ...checkReporting(FINDINGS),
      annotate: () => Promise.reject(new TypeError('boom')),
    };
    expect(await runAnnotate([input, '-o', path.join(dir, 'o.xlsx')], io, deps)).toBe(2);
    expect(io.err).toBe('生成标注副本时出现意外错误，未写出任何文件。请把工作簿反馈给开发人员（加 --debug 可显示技术细节）。\n');
    const debug = captureIo();
    expect(await runAnnotate([input, '-o', path.join(dir, 'o.xlsx'), '--debug'], debug, deps)).toBe(2);
    expect(debug.err).toContain('TypeError: boom');
  });

  it('runs the real reader and checker end to end with the exit code check would give', async () => {
    const out = path.join(dir, 'out.xlsx');
    const io = captureIo();
    const code = await runAnnotate([input, '-o', out], io);
    const report = check(await readWorkbook(new Uint8Array(inputBytes)), input);
    expect(code).toBe(report.summary.errors > 0 ? 1 : 0);
    expect(io.out).toMatch(/^已保存标注副本「.*」：/);
    const wb = await load(new Uint8Array(readFileSync(out)));
    expect(wb.worksheets.map((s) => s.name)[0]).toBe('校验结果');
    expectInputUntouched();
  });
});
