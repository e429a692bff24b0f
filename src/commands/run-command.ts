// What the ribbon buttons do, free of Office globals so tests can drive them with a fake host. Each returns the
// outcome the clerk is shown (a dialog, see announce.ts) and stores it for the task pane, which shows the last one.
import type { CheckOptions } from '../engine/check';
import type { ImportedCodeTable } from '../engine/codes/imported';
import type { Grid } from '../engine/grid/types';
import type { Report } from '../engine/report';
import { checkOptionsFor } from '../host/check-options';
import type { CommandOutcome, CommandStatus } from '../host/command-status';
import { readJudgments, unjudged } from '../host/judgments';
import { clearText, markNotes } from '../host/outcome-text';
import { CODE_TABLES_KEY, JUDGMENTS_KEY, LAST_COMMAND_KEY } from '../host/settings-keys';
import { HostError, type MarkOutcome, type WorkbookHost } from '../host/workbook-host';

export { LAST_COMMAND_KEY } from '../host/settings-keys';

export type { CommandOutcome, CommandStatus } from '../host/command-status';

/** The engine's Grid -> Report entry point (src/engine/check.ts), injected for tests. */
export type CheckFn = (grid: Grid, file: string, options: CheckOptions) => Report;

/** The sentences for a finished check (judged findings are counted apart and not marked). */
export function checkSummary(report: Report, judged = 0, marked?: MarkOutcome | void): string {
  if (report.tables.length === 0) return '未识别到预算公开表格，未作标注。请确认表格标题（如「部门收支总体情况表」）完整。';
  const open = report.findings.length - judged;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const head = `校验完成：识别 ${report.tables.length} 张表`;
  const apart = judged > 0 ? `另有 ${judged} 条您已复核的问题，未再标注。` : '';
  if (open === 0) return `${head}，未发现${judged > 0 ? '新的' : ''}问题。${apart}`;
  const { warnings } = report.summary;
  const counts = judged > 0 ? `发现 ${open} 条待处理的问题` : `发现 ${errors} 个错误、${warnings} 个警告`;
  return [`${head}，${counts}，已在单元格中标注。打开「校验助手」可查看明细。`, apart, ...markNotes(marked)].join('');
}

function failure(e: unknown, what: string): string {
  return e instanceof HostError ? e.message : `${what}未能完成。请打开「校验助手」重试；如仍失败，请保存并重新打开工作簿。`;
}

async function record(host: WorkbookHost, status: CommandStatus): Promise<CommandStatus> {
  try {
    await host.saveSetting(LAST_COMMAND_KEY, status);
  } catch {
    // The stored status only lets the pane repeat it; the dialog has already been given the outcome.
  }
  return status;
}

/** 「一键校验」: read every visible sheet, check with the imported 科目表, mark the findings not yet judged. */
export async function runCheckCommand(host: WorkbookHost, check: CheckFn, now = () => new Date()): Promise<CommandStatus> {
  const base = { at: now().toISOString(), command: 'check' as const };
  try {
    const grid = await host.readGrid();
    const imported = await host.loadSetting<ImportedCodeTable[]>(CODE_TABLES_KEY);
    const report = check(grid, host.name(), checkOptionsFor(imported));
    const open = unjudged(report.findings, readJudgments(await host.loadSetting(JUDGMENTS_KEY)));
    const marked = await host.markFindings(open);
    const outcome: CommandOutcome = report.tables.length === 0 ? 'no-tables' : open.length === 0 ? 'clean' : 'found';
    return await record(host, { ...base, outcome, ok: true, message: checkSummary(report, report.findings.length - open.length, marked) });
  } catch (e) {
    return record(host, { ...base, outcome: 'failed', ok: false, message: failure(e, '一键校验') });
  }
}

/** 「清除标注」: restore original fills and remove our notes. */
export async function clearMarksCommand(host: WorkbookHost, now = () => new Date()): Promise<CommandStatus> {
  const base = { at: now().toISOString(), command: 'clear' as const };
  try {
    const cleared = await host.clearMarks();
    return await record(host, { ...base, outcome: 'cleared', ok: true, message: clearText(cleared) });
  } catch (e) {
    return record(host, { ...base, outcome: 'failed', ok: false, message: failure(e, '清除标注') });
  }
}
