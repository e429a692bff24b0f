import { MARK_FILL } from '../../src/engine/mark-style';
import type { Grid } from '../../src/engine/grid/types';
import type { Finding, Report } from '../../src/engine/report';
import { LAST_COMMAND_KEY, checkSummary, clearMarksCommand, runCheckCommand } from '../../src/commands/run-command';
import type { CheckOptions } from '../../src/engine/check';
import { HostError } from '../../src/host/workbook-host';
import { FakeExcel, fakeSheet, settingsOf, type FakeBook } from './fake-excel';
import { fixedCheck, runtimeHost } from './runtime-host';

const NOW = () => new Date('2026-03-01T08:00:00Z');

/** The report of a workbook with these findings (fixedCheck's, for one file). */
function reportFor(grid: Grid, findings: Finding[]): Report {
  return fixedCheck(findings)(grid, 'x.xlsx');
}

function setup(sheets: number, findingsPerRun: number) {
  const book: FakeBook = {
    sheets: Array.from({ length: sheets }, (_, i) => fakeSheet(`表${i + 1}`, Array.from({ length: 60 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c)))),
    comments: [],
  };
  const excel = new FakeExcel(book);
  const host = runtimeHost(excel, undefined, '灵寿县医疗保障局2021.xlsx');
  const findings = Array.from({ length: findingsPerRun }, (_, i): Finding => ({
    rule: 'rollup/sum',
    severity: i % 3 === 0 ? 'warning' : 'error',
    sheet: `表${(i % sheets) + 1}`,
    cell: `${String.fromCharCode(65 + (i % 10))}${Math.floor(i / 10) + 1}`,
    message: '合计不等于各项之和',
  }));
  const seen: CheckOptions[] = [];
  const check = (grid: Grid, _file: string, options: CheckOptions) => {
    seen.push(options);
    return reportFor(grid, findings);
  };
  return { book, excel, host, check, seen };
}

describe('ribbon commands over the Excel host', () => {
  it('一键校验 marks the cells and stores a zh-CN status; 清除标注 restores them', async () => {
    const { book, excel, host, check } = setup(2, 5);
    const status = await runCheckCommand(host, check, NOW);
    expect(status).toEqual({
      at: '2026-03-01T08:00:00.000Z',
      command: 'check',
      outcome: 'found',
      ok: true,
      message: '校验完成：识别 2 张表，发现 3 个错误、2 个警告，已在单元格中标注。打开「校验助手」可查看明细。',
    });
    expect(settingsOf(book).get(LAST_COMMAND_KEY)).toEqual(status);
    expect(book.sheets[1].cells.get('0,1')?.fill).toEqual({ color: MARK_FILL.error, pattern: 'Solid' });
    const values = JSON.stringify(book.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.value, c.formula])));
    const cleared = await clearMarksCommand(host, NOW);
    expect(cleared.ok).toBe(true);
    expect(book.sheets.flatMap((s) => [...s.cells.values()]).filter((c) => c.fill || c.note)).toEqual([]);
    expect(JSON.stringify(book.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.value, c.formula])))).toBe(values);
    expect(cleared.message).toBe('已清除本工具添加的标注，5 个单元格已恢复原来的底色，只删除了本工具加的批注。');
    expect(excel.syncs).toBeGreaterThan(0);
  });

  it('takes the same number of syncs per check for 1 sheet / 5 findings and 12 sheets / 500 findings', async () => {
    const counts: number[] = [];
    for (const [sheets, n] of [[1, 5], [12, 5], [1, 500], [12, 500]]) {
      const { excel, host, check } = setup(sheets, n);
      await runCheckCommand(host, check, NOW);
      counts.push(excel.syncs);
      const before = excel.syncs;
      await runCheckCommand(host, check, NOW);
      counts.push(excel.syncs - before);
    }
    // read 4 (sheets, layout, values, number texts) + 科目表 1 + judgments 1 + mark 4 + status 1
    expect(counts).toEqual(Array(8).fill(11));
  });

  it('checks with the imported 科目表, like the pane', async () => {
    const { host, check, seen } = setup(1, 1);
    await runCheckCommand(host, check, NOW);
    expect(seen[0]).toEqual({});
    await host.saveSetting('budgetDisclosure.codeTables', [{ year: 2024, source: '工作表 科目表', entries: [{ cls: 'functional', code: '208', name: '社会保障和就业支出' }] }]);
    await runCheckCommand(host, check, NOW);
    expect(seen[1].codeBook).toBeDefined();
  });

  it('does not mark findings the clerk judged, and says so', async () => {
    const { book, host, check } = setup(1, 2);
    const judged = { 'rollup/sum|表1!A1|合计不等于各项之和': { judgment: 'not-a-problem', at: '2026-03-01T07:00:00.000Z' } };
    await host.saveSetting('budgetDisclosure.judgments', judged);
    const status = await runCheckCommand(host, check, NOW);
    expect(book.sheets[0].cells.get('0,0')?.fill ?? null).toBeNull();
    expect(book.sheets[0].cells.get('0,1')?.fill).toBeTruthy();
    expect(status.message).toBe('校验完成：识别 1 张表，发现 1 条待处理的问题，已在单元格中标注。打开「校验助手」可查看明细。另有 1 条您已复核的问题，未再标注。');
  });

  it('waits for the clerk to finish editing a cell instead of failing', async () => {
    const { book, excel, host, check } = setup(1, 1);
    excel.startEditing();
    const pending = runCheckCommand(host, check, NOW);
    await new Promise((r) => setTimeout(r, 20));
    expect(book.sheets[0].cells.get('0,0')?.fill ?? null).toBeNull();
    excel.stopEditing();
    expect((await pending).ok).toBe(true);
    expect(book.sheets[0].cells.get('0,0')?.fill).toBeTruthy();
  });

  it('reports a failure in Chinese without throwing', async () => {
    const { host, book } = setup(1, 1);
    const failing = { ...host, readGrid: async () => Promise.reject(new HostError('此版本的 Excel 不支持本加载项所需的功能')) };
    const status = await runCheckCommand(failing, () => reportFor({ sheets: [] }, []), NOW);
    expect(status).toMatchObject({ ok: false, message: '此版本的 Excel 不支持本加载项所需的功能' });
    const crash = { ...host, clearMarks: async () => Promise.reject(new TypeError('x is undefined')) };
    expect((await clearMarksCommand(crash, NOW)).message).toBe('清除标注未能完成。请打开「校验助手」重试；如仍失败，请保存并重新打开工作簿。');
    expect(settingsOf(book).get(LAST_COMMAND_KEY)).toMatchObject({ ok: false, outcome: 'failed' });
  });

  it('says so when no table was recognized or nothing is wrong', () => {
    expect(checkSummary(reportFor({ sheets: [] }, []))).toMatch(/^未识别到预算公开表格/);
    const grid: Grid = { sheets: [{ name: '表1', cells: [], merges: [], state: 'visible' }] };
    expect(checkSummary(reportFor(grid, []))).toBe('校验完成：识别 1 张表，未发现问题。');
  });
});
