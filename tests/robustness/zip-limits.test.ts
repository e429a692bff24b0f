// Limits before inflating: a zip bomb, a directory that lies about sizes and a workbook past the cell limit are
// refused with 「文件解压后过大…」 (exit 2), never an out-of-memory abort.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAnnotate } from '../../src/cli/annotate';
import { main } from '../../src/cli/main';
import { readWorkbook, WorkbookReadError } from '../../src/xlsx/read-workbook';
import { annotateCellLimit, DEFAULT_LIMITS, limitsForHeap } from '../../src/xlsx/zip-limits';
import { smallWorkbook } from './bad-files';
import { cellBomb, lyingDirectory } from './zip-bomb';

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
}

describe('zip limits', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'limits-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a package whose directory declares more than 1 GiB, before inflating anything', async () => {
    await expect(readWorkbook(lyingDirectory(0xf0000000))).rejects.toThrow(/文件解压后过大（共 3,840 MB，上限 1,024 MB）/);
  });

  it('treats a part that inflates past its declared size as damage', async () => {
    await expect(readWorkbook(lyingDirectory(10))).rejects.toThrow(/已损坏/);
  });

  it('stops at the cell limit', async () => {
    const limits = { ...DEFAULT_LIMITS, maxCells: 10_000 };
    for (const bomb of [cellBomb(20_000, 1000), cellBomb(10_001, 10_001)]) {
      const e = await readWorkbook(bomb, { limits }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(WorkbookReadError);
      expect((e as Error).message).toMatch(/文件解压后过大（超过 10,000 个有内容的单元格/);
    }
    expect((await readWorkbook(cellBomb(10_000, 1000), { limits })).sheets[0].cells.length).toBe(10);
  });

  it('refuses a large part compressed more than the ratio allows', async () => {
    const limits = { ...DEFAULT_LIMITS, ratioFloorBytes: 1000, maxRatio: 100 };
    await expect(readWorkbook(cellBomb(100_000), { limits })).rejects.toThrow(/「xl\/worksheets\/sheet1\.xml」压缩比超过 100 倍/);
  });

  it('check exits 2 with the sentence on a zip bomb of 6 million cells, found by a quick count', async () => {
    const file = join(dir, 'bomb.xlsx');
    writeFileSync(file, cellBomb(6_000_000));
    const text = capture();
    expect(await main(['check', file], text.io)).toBe(2);
    expect(text.out.stderr).toMatch(/文件解压后过大（超过 [\d,]+ 个有内容的单元格/);
  });

  it('check --json and annotate exit 2 with the sentence, and annotate writes nothing', async () => {
    const file = join(dir, 'lying.xlsx');
    writeFileSync(file, lyingDirectory(0xf0000000));
    const json = capture();
    expect(await main(['check', file, '--json'], json.io)).toBe(2);
    expect(JSON.parse(json.out.stdout).error).toMatch(/文件解压后过大/);
    const ann = capture();
    expect(await main(['annotate', file, '-o', join(dir, 'out.xlsx')], ann.io)).toBe(2);
    expect(ann.out.stderr).toMatch(/文件解压后过大/);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it('annotate refuses a workbook too large for an annotated copy on this computer, and writes nothing', async () => {
    const file = join(dir, 'small.xlsx');
    writeFileSync(file, await smallWorkbook());
    const out = join(dir, 'copy.xlsx');
    const c = capture();
    expect(await runAnnotate([file, '-o', out], c.io, { maxCells: 10 })).toBe(2);
    expect(c.out.stderr).toMatch(/超过这台电脑生成标注副本的上限（10 个）/);
    expect(existsSync(out)).toBe(false);
  });

  it('scales the cell limits with the memory the process may use', () => {
    expect(limitsForHeap(4e9).maxCells).toBe(5_000_000);
    expect(limitsForHeap(2e9).maxCells).toBe(2_500_000);
    expect(limitsForHeap(undefined)).toBe(DEFAULT_LIMITS);
    expect(annotateCellLimit(3e9)).toBe(1_000_000);
  });
});
