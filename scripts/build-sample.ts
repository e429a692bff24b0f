// Writes assets/sample-budget-2021.xlsx from the seed 000 fixture (npm run sample), so the demo file is generated
// from the seed's figures in code and never edited by hand; tests/fixtures/sample-asset.test.ts guards it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { specToWorkbook } from '../tests/fixtures/workbook-spec';
import type { WorkbookSpec } from '../tests/fixtures/workbook-spec';
import { sampleWithErrorsSpec, sampleWorkbookSpec } from '../tests/fixtures/seeds/workbooks';

// The samples and where they go, relative to the project root: the published figures, and the same with mistakes.
const SAMPLES: readonly [string, () => WorkbookSpec][] = [
  [join('assets', 'sample-budget-2021.xlsx'), sampleWorkbookSpec],
  [join('assets', 'sample-budget-2021-with-errors.xlsx'), sampleWithErrorsSpec],
];

async function main(): Promise<void> {
  for (const [path, spec] of SAMPLES) {
    const wb = specToWorkbook(spec());
    const fixed = new Date('2021-01-01T00:00:00Z');
    wb.creator = '预算公开校验助手';
    wb.created = fixed;
    wb.modified = fixed;
    writeFileSync(join(__dirname, '..', path), Buffer.from(await wb.xlsx.writeBuffer()));
    process.stdout.write(`已生成 ${path}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`生成示例工作簿失败：${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
