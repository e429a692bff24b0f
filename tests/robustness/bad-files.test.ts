// Bad files through the real CLI entry (main(['check', file])): each unreadable one gets exit 2 and one clear
// Chinese sentence, each readable one a report; never a stack trace, in text or JSON mode.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { badFiles, type BadFile } from './bad-files';

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

/** Signs of a stack trace or internal error text leaking to the user. */
const STACK = /\n\s+at\s|\bat .*:\d+:\d+|node_modules|\.ts:\d+|TypeError|RangeError|ReferenceError|Error:/;
const CHINESE = /[\u4e00-\u9fff]/;

let dir = '';
let corpus: BadFile[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bd-bad-files-'));
  corpus = await badFiles();
  for (const f of corpus) writeFileSync(join(dir, f.name), f.bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(name: string, ...flags: string[]) {
  const io = capture();
  const code = await main(['check', join(dir, name), ...flags], io);
  return { code, out: io.out, err: io.err };
}

const UNREADABLE = ['empty.xlsx', 'truncated.xlsx', 'truncated-header.xlsx', 'corrupt.xlsx', 'old-format.xls', 'encrypted.xlsx', 'renamed.csv.xlsx', 'empty-zip.xlsx'];
const READABLE = ['formula-errors.xlsx', 'hidden-sheets.xlsx', 'very-long-strings.xlsx', 'huge-used-range.xlsx', 'external-link.xlsx'];

describe('bad files through the CLI', () => {
  it('the corpus holds every kind of bad file the issue lists', () => {
    expect(corpus.map((f) => f.name).sort()).toEqual([...UNREADABLE, ...READABLE].sort());
  });

  it.each(UNREADABLE)('%s: exit 2, one Chinese sentence saying what it is, no stack trace', async (name) => {
    const file = corpus.find((f) => f.name === name) as BadFile;
    const text = await run(name);
    expect(text.code).toBe(2);
    expect(text.err).toMatch(CHINESE);
    expect(text.err).toMatch(file.message as RegExp);
    expect(text.err.trim().split('\n')).toHaveLength(1);
    expect(`${text.out}${text.err}`).not.toMatch(STACK);
    const json = await run(name, '--json');
    expect(json.code).toBe(2);
    const report = JSON.parse(json.out) as { error: string; findings: unknown[] };
    expect(report.error).toMatch(file.message as RegExp);
    expect(report.findings).toEqual([]);
    expect(`${json.out}${json.err}`).not.toMatch(STACK);
  });

  it.each(READABLE)('%s: checked, a report with exit 0 or 1, no stack trace', async (name) => {
    const json = await run(name, '--json');
    expect(`${json.out}${json.err}`).not.toMatch(STACK);
    expect([0, 1]).toContain(json.code);
    const report = JSON.parse(json.out) as { tables: unknown[]; error?: string };
    expect(report.error).toBeUndefined();
    expect(report.tables.length).toBeGreaterThan(0);
    const text = await run(name);
    expect(text.code).toBe(json.code);
    expect(`${text.out}${text.err}`).not.toMatch(STACK);
  });

  it('--debug shows technical details only for internal errors: an unreadable file is still one sentence', async () => {
    const debug = await run('encrypted.xlsx', '--debug');
    expect(debug.code).toBe(2);
    expect(debug.err.trim().split('\n')).toHaveLength(1);
    expect(debug.err).not.toMatch(STACK);
  });

  it('formula errors in amount cells are findings, not a failure', async () => {
    const json = await run('formula-errors.xlsx', '--json');
    const report = JSON.parse(json.out) as { findings: { rule: string; cell: string }[] };
    expect(report.findings.filter((f) => f.rule === 'cell/formula-error').map((f) => f.cell).sort()).toEqual(['D6', 'E7']);
    expect(json.code).toBe(1);
  });

  it('hidden and very hidden sheets are still read (their tables are checked)', async () => {
    const report = JSON.parse((await run('hidden-sheets.xlsx', '--json')).out) as { tables: { sheet: string }[] };
    expect(report.tables.map((t) => t.sheet)).toEqual(expect.arrayContaining(['收入总表', '表3']));
  });
});
