// `check FILE [--json] [--checklist] [--codes CODES.xlsx] [--narrative 说明.docx]`: recognize, validate, print; exit
// 0/1/2 per the contract.
import { createCodeBook } from '../engine/codes/code-book';
import { parseCodeWorkbook } from '../engine/codes/import';
import type { Report } from '../engine/report';
import { recognizeWorkbook } from '../engine/tables/recognize';
import { parseArgs } from './args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UserInputError, type CliIo } from './io';
import { checkDocument } from './check-document';
import { loadDocument, loadGrid } from './load';
import { renderReportText } from './report-text';
import { jsonSafe } from './safe-text';
import { buildChecklist } from '../engine/checklist/build';
import { renderChecklistText } from './checklist-text';

export const CHECK_USAGE = '用法：budget-disclosure check 文件.xlsx|.xls|.et|.ods|.pdf [--json] [--checklist] [--codes 科目表.xlsx] [--narrative 情况说明.docx]';

/** The JSON document printed when the file cannot be read: the contract's shape plus `error`. */
export function errorReport(file: string, message: string): Report & { error: string } {
  return { file, entity: null, year: null, unit: null, tables: [], findings: [], summary: { errors: 0, warnings: 0, infos: 0 }, error: message };
}

async function loadCodeBook(path: string | undefined, year: number | null) {
  if (!path) return undefined;
  const grid = await loadGrid(path);
  const tables = parseCodeWorkbook(grid, year);
  if (tables.length === 0) {
    throw new UserInputError(`${path} 中没有找到科目表（需要“科目编码 + 科目名称”两列，或“类/款/项 + 科目名称”）。`);
  }
  return createCodeBook(tables);
}

/** Run `check`; returns the exit code. */
export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  let file = argv.find((a) => !a.startsWith('-')) ?? '';
  try {
    const args = parseArgs(argv, ['--codes', '--narrative'], ['--json', '--debug', '--checklist']);
    if (args.positional.length !== 1) throw new UserInputError(`请指定一个要校验的 Excel 文件。${CHECK_USAGE}`);
    file = args.positional[0];
    const doc = await loadDocument(file);
    const recognition = recognizeWorkbook(doc.grid);
    const codeBook = await loadCodeBook(args.options.get('--codes'), recognition.year);
    const report = await checkDocument(doc, recognition, file, codeBook ? { codeBook } : {}, args.options.get('--narrative'));
    const checklist = args.flags.has('--checklist') ? buildChecklist({ grid: doc.grid, ...recognition, findings: report.findings }) : null;
    if (json) io.stdout(`${jsonSafe(JSON.stringify(checklist ? { ...report, checklist } : report, null, 2))}\n`);
    else io.stdout(renderReportText(report) + (checklist ? renderChecklistText(checklist) : ''));
    return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  } catch (e) {
    if (!(e instanceof UserInputError)) throw e;
    if (json) io.stdout(`${jsonSafe(JSON.stringify(errorReport(file, e.message), null, 2))}\n`);
    else io.stderr(`${e.message}\n`);
    return EXIT_UNREADABLE;
  }
}
