// `npm ci` on Node 20 must print no EBADENGINE warning (issue 11): every package in the lockfile accepts the
// oldest Node that package.json's `engines` admits, and the Node running the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// semver ships no types of its own; only these two functions are used.
const semver = require('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
}

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

/** Lockfile packages whose engines.node refuses `version`, as "path@version (range)". */
function refusing(version: string): string[] {
  const out: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const range = !entry.engines || Array.isArray(entry.engines) ? undefined : entry.engines.node;
    if (range && !semver.satisfies(version, range)) out.push(`${path}@${entry.version} (${range})`);
  }
  return out;
}

describe('Node engines', () => {
  const oldest = semver.minVersion(pkg.engines.node)?.version ?? '';

  it('package.json admits Node 20', () => {
    expect(oldest).toMatch(/^20\./);
  });

  it('every locked package accepts the oldest Node package.json admits', () => {
    expect(refusing(oldest)).toEqual([]);
  });

  it('every locked package accepts the Node running the tests', () => {
    expect(refusing(process.versions.node)).toEqual([]);
  });

  it('the check can fail: Node 16 is refused by some locked packages', () => {
    expect(refusing('16.0.0').length).toBeGreaterThan(0);
  });
});
