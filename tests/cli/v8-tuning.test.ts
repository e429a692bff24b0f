// The CLI's V8 tuning is applied only on the Node version it was measured on, and never changes a report.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tuneV8ForShortRun } from '../../src/cli/v8-tuning';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'assets', 'sample-budget-2021-with-errors.xlsx');

/** The compiled CLI's `check --json` on the sample with errors, in a fresh process, tuned or not. */
function report(tuned: boolean): { status: number | null; stdout: string } {
  const tune = tuned ? "require('./lib/cli/v8-tuning.js').tuneV8ForShortRun();" : '';
  const script = `${tune}require('./lib/cli/main.js').main(process.argv.slice(1)).then((c) => { process.exitCode = c; });`;
  const r = spawnSync(process.execPath, ['-e', script, 'check', SAMPLE, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  return { status: r.status, stdout: r.stdout };
}

describe('tuneV8ForShortRun', () => {
  it('leaves other Node versions untuned', () => {
    expect(tuneV8ForShortRun('22.11.0')).toBe(false);
    expect(tuneV8ForShortRun('18.20.4')).toBe(false);
  });

  it('gives the same report with and without the tuning', () => {
    const tuned = report(true);
    expect(tuned.status).toBe(1);
    expect(JSON.parse(tuned.stdout).summary.errors).toBe(3);
    expect(tuned).toEqual(report(false));
  });
});
