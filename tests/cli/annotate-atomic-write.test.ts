// Output files appear whole or not at all, and the input can never be chosen as the output.
import { spawnSync } from 'child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { promises as fsp } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { isSameFile, tempPathFor, writeFileAtomic } from '../../src/cli/atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'annotate-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one, leaving no temporary file', async () => {
    const target = path.join(dir, 'out.xlsx');
    await writeFileAtomic(target, bytes('first'));
    await writeFileAtomic(target, bytes('second'));
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('puts the temporary file next to the target, hidden', () => {
    const temp = tempPathFor(path.join(dir, 'out.xlsx'));
    expect(path.dirname(temp)).toBe(dir);
    expect(path.basename(temp)).toMatch(/^\.out\.xlsx\..+\.tmp$/);
  });

  it('leaves the old file and no temporary file when writing fails half-way', async () => {
    const target = path.join(dir, 'out.xlsx');
    writeFileSync(target, 'old');
    const failing = async (file: string): Promise<void> => {
      await fsp.writeFile(file, 'half of it');
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    await expect(writeFileAtomic(target, bytes('new'), { write: failing })).rejects.toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('removes the temporary file when the rename fails (target is a folder)', async () => {
    const target = path.join(dir, 'folder');
    mkdirSync(path.join(target, 'inside'), { recursive: true });
    await expect(writeFileAtomic(target, bytes('x'))).rejects.toBeTruthy();
    expect(readdirSync(dir)).toEqual(['folder']);
  });

  it('removes the temporary file when interrupted by Ctrl+C, then ends by that signal', () => {
    const target = path.join(dir, 'out.xlsx');
    const script = path.join(dir, 'child.ts');
    const module = path.resolve(__dirname, '../../src/cli/atomic-write.ts');
    writeFileSync(
      script,
      `import { writeFileSync } from 'fs';
import { withSignalCleanup, writeFileAtomic } from ${JSON.stringify(module)};
setInterval(() => undefined, 1000);
const stopHalfWay = async (file: string): Promise<void> => {
  writeFileSync(file, 'half of it');
  process.kill(process.pid, 'SIGINT');
  await new Promise(() => undefined);
};
void withSignalCleanup(() => writeFileAtomic(${JSON.stringify(target)}, new Uint8Array(4), { write: stopHalfWay }));
`,
    );
    const child = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGINT');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual(['child.ts']);
  });
});

describe('isSameFile', () => {
  it('sees through relative paths, "..", symlinks and hard links', () => {
    const file = path.join(dir, 'in.xlsx');
    writeFileSync(file, 'x');
    symlinkSync(file, path.join(dir, 'link.xlsx'));
    linkSync(file, path.join(dir, 'hard.xlsx'));
    expect(isSameFile(file, path.join(dir, 'sub', '..', 'in.xlsx'))).toBe(true);
    expect(isSameFile(path.relative(process.cwd(), file), file)).toBe(true);
    expect(isSameFile(path.join(dir, 'link.xlsx'), file)).toBe(true);
    expect(isSameFile(path.join(dir, 'hard.xlsx'), file)).toBe(true);
  });

  it('tells different files apart, existing or not', () => {
    const a = path.join(dir, 'a.xlsx');
    writeFileSync(a, 'x');
    writeFileSync(path.join(dir, 'b.xlsx'), 'x');
    expect(isSameFile(a, path.join(dir, 'b.xlsx'))).toBe(false);
    expect(isSameFile(a, path.join(dir, 'new.xlsx'))).toBe(false);
    expect(isSameFile(path.join(dir, 'new.xlsx'), path.join(dir, '.', 'new.xlsx'))).toBe(true);
  });
});
