// CLI benchmark: `check FILE --json` run in-process through main(), divided by a bare exceljs load of the same
// bytes. Both read the same file from disk; the ratio says how much the checks cost next to reading the file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { specToXlsx, type WorkbookSpec } from '../../tests/fixtures/workbook-spec';
import { bestOf, collectGarbage, type Timing } from './measure';

/** One CLI measurement. */
export interface CliRow {
  label: string;
  fileBytes: number;
  exitCode: number;
  check: Timing;
  bareRead: Timing;
}

const quietIo: CliIo = { stdout: () => undefined, stderr: () => undefined };

async function bareRead(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const bytes = readFileSync(file);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/** Write the spec as .xlsx to a temporary directory, then time `check` against a bare exceljs read. */
export async function cliBench(label: string, spec: WorkbookSpec, runs: number): Promise<CliRow> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const file = join(dir, 'bench.xlsx');
    const bytes = await specToXlsx(spec);
    writeFileSync(file, bytes);
    let exitCode = -1;
    collectGarbage();
    const read = await bestOf(runs, () => bareRead(file));
    collectGarbage();
    const checked = await bestOf(runs, async () => {
      exitCode = await main(['check', file, '--json'], quietIo);
    });
    return { label, fileBytes: bytes.length, exitCode, check: checked.timing, bareRead: read.timing };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
