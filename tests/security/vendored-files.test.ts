// check:security pins SheetJS CE's xlsx.mjs (from @e965/xlsx) by hash: the installed file passes, and a changed
// byte, another version or a missing file each fail.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { checkVendoredFiles, VENDORED_FILES } = require('../../scripts/check-security.js') as {
  checkVendoredFiles: (root: string, pinned?: unknown[]) => string[];
  VENDORED_FILES: { file: string; sha256: string; version: { manifest: string; expected: string } }[];
};

const ROOT = join(__dirname, '..', '..');

describe('pinned vendored files', () => {
  it('the installed SheetJS CE 0.20.3 xlsx.mjs is the pinned one', () => {
    expect(VENDORED_FILES.map((v) => v.file)).toContain('node_modules/@e965/xlsx/xlsx.mjs');
    expect(checkVendoredFiles(ROOT)).toEqual([]);
  });

  it('a changed file, another version or a missing file is a problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vendored-'));
    mkdirSync(join(dir, 'node_modules/@e965/xlsx'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/@e965/xlsx/xlsx.mjs'), 'export const tampered = 1;\n');
    writeFileSync(join(dir, 'node_modules/@e965/xlsx/package.json'), JSON.stringify({ version: '0.20.2' }));
    const problems = checkVendoredFiles(dir);
    expect(problems).toEqual([expect.stringMatching(/version 0\.20\.2, pinned 0\.20\.3/), expect.stringMatching(/sha256 .* is not the pinned/)]);
    expect(checkVendoredFiles(join(dir, 'nowhere'))).toEqual([expect.stringMatching(/missing/)]);
  });
});
