// What the CLI prints and writes is safe: cell text cannot drive the terminal, JSON carries no raw C1 or bidi
// character, and -o never replaces a device node, a pipe or a folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAnnotate } from '../../src/cli/annotate';
import { main } from '../../src/cli/main';
import { renderReportText } from '../../src/cli/report-text';
import { jsonSafe, terminalSafe } from '../../src/cli/safe-text';
import type { Report } from '../../src/engine/report';
import { smallWorkbook } from '../robustness/bad-files';

const HOSTILE = '行政运行\u001b[2J\u001b[8m\u009b31m\u202e\u2066隐藏\u0007';

function report(): Report {
  return {
    file: `预算${HOSTILE}.xlsx`, entity: { code: '473', name: HOSTILE }, year: 2021, unit: '万元',
    tables: [{ kind: 'income-summary', sheet: `表${HOSTILE}`, range: 'A1:M29', title: HOSTILE }],
    findings: [{ rule: 'codes/name-mismatch', severity: 'error', sheet: `表${HOSTILE}`, cell: 'B7', message: `科目名称「${HOSTILE}\n第二行」与编码不符`, expected: null, actual: null }],
    summary: { errors: 1, warnings: 0, infos: 0 },
  } as unknown as Report;
}

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('CLI text and JSON carry no control or bidi characters', () => {
  it('the text report strips them from every line, and a finding stays on one line', () => {
    const text = renderReportText(report());
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain('行政运行[2J[8m31m隐藏');
    expect(text.split('\n').filter((l) => l.includes('B7'))[0]).toContain('第二行');
  });

  it('JSON escapes C1 and bidi characters and still parses to the same value', () => {
    const raw = JSON.stringify(report());
    const safe = jsonSafe(raw);
    expect(raw).toMatch(/[\u009b\u202e]/);
    expect(safe).not.toMatch(UNSAFE);
    expect(JSON.parse(safe)).toEqual(JSON.parse(raw));
  });

  it('terminalSafe keeps line feeds and turns tabs into spaces', () => {
    expect(terminalSafe('a\tb\nc\u001b[0m')).toBe('a b\nc[0m');
  });
});

describe('-o refuses a target that is not a regular file', () => {
  let dir = '';
  let input = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'safe-out-'));
    input = join(dir, 'in.xlsx');
    writeFileSync(input, await smallWorkbook());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const capture = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
  };

  it('annotate -o /dev/null: exit 2, the device is left alone', async () => {
    const c = capture();
    expect(await runAnnotate([input, '-o', '/dev/null'], c.io)).toBe(2);
    expect(c.out.stderr).toMatch(/不是普通文件/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('annotate -o a named pipe, draft -o a folder: exit 2, nothing written', async () => {
    const fifo = join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const a = capture();
    expect(await runAnnotate([input, '-o', fifo], a.io)).toBe(2);
    expect(statSync(fifo).isFIFO()).toBe(true);
    const d = capture();
    expect(await main(['draft', input, '-o', dir], d.io)).toBe(2);
    expect(d.out.stderr).toMatch(/文件夹/);
  });

  it('a regular file that exists is replaced as before', async () => {
    const out = join(dir, 'copy.xlsx');
    writeFileSync(out, 'old');
    expect(await runAnnotate([input, '-o', out], capture().io)).toBeLessThan(2);
    expect(existsSync(out) && statSync(out).size).toBeGreaterThan(100);
  });
});
