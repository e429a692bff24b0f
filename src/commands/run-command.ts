// What the ribbon buttons do, free of Office globals so tests can drive them with a fake host. Each returns the
// zh-CN status line the clerk sees (the task pane shows the last one from the document settings).
import type { Report } from '../engine/report';
import type { Grid } from '../engine/grid/types';
import { HostError, type WorkbookHost } from '../taskpane/host';

/** Settings key of the last ribbon command's outcome: { at: ISO time, ok: boolean, message: string }. */
export const LAST_COMMAND_KEY = 'budgetDisclosure.lastCommand';

/** The outcome of one ribbon command. */
export interface CommandStatus {
  at: string;
  ok: boolean;
  message: string;
}

/** The engine's Grid -> Report entry point (src/engine/check.ts), injected for tests. */
export type CheckFn = (grid: Grid, file: string) => Report;

/** The status line for a finished check. */
export function checkSummary(report: Report): string {
  if (report.tables.length === 0) return '未识别到预算公开表格，未作标注。请确认表格标题（如「部门收支总体情况表」）完整。';
  const { errors, warnings } = report.summary;
  const head = `校验完成：识别 ${report.tables.length} 张表`;
  if (errors === 0 && warnings === 0) return `${head}，未发现问题。`;
  return `${head}，发现 ${errors} 个错误、${warnings} 个警告，已在单元格中标注。打开「校验助手」可查看明细。`;
}

function failure(e: unknown, what: string): string {
  return e instanceof HostError ? e.message : `${what}未能完成。请打开「校验助手」重试；如仍失败，请保存并重新打开工作簿。`;
}

async function record(host: WorkbookHost, ok: boolean, message: string, now: () => Date): Promise<CommandStatus> {
  const status: CommandStatus = { at: now().toISOString(), ok, message };
  try {
    await host.saveSetting(LAST_COMMAND_KEY, status);
  } catch {
    // The status is a convenience; failing to store it must not turn a finished check into an error.
  }
  return status;
}

/** 「一键校验」: read every visible sheet, check, mark the findings' cells. */
export async function runCheckCommand(host: WorkbookHost, check: CheckFn, now = () => new Date()): Promise<CommandStatus> {
  try {
    const grid = await host.readGrid();
    const report = check(grid, host.name());
    await host.markFindings(report.findings);
    return await record(host, true, checkSummary(report), now);
  } catch (e) {
    return record(host, false, failure(e, '一键校验'), now);
  }
}

/** 「清除标注」: restore original fills and remove our notes. */
export async function clearMarksCommand(host: WorkbookHost, now = () => new Date()): Promise<CommandStatus> {
  try {
    await host.clearMarks();
    return await record(host, true, '已清除本加载项添加的标注，单元格已恢复原来的底色。', now);
  } catch (e) {
    return record(host, false, failure(e, '清除标注'), now);
  }
}
