// Issue 13 item 1: the task pane and the ribbon's function file are two runtimes. Whatever each keeps in memory, a
// check from one and a clear from the other must put every cell back to its own fill.
import { clearMarksCommand, runCheckCommand } from '../../src/commands/run-command';
import { MARK_FILL } from '../../src/engine/mark-style';
import { FakeExcel, fakeSheet, fillAt, type FakeBook } from './fake-excel';
import { finding, fixedCheck, runtimeHost } from './runtime-host';

const YELLOW = { color: '#FFFF00', pattern: 'Solid' };

function book(): FakeBook {
  return {
    sheets: [fakeSheet('支出总表', [['科目', '合计'], ['医疗保障', { value: 3232.17, fill: { ...YELLOW } }], ['行政运行', 2655.8]])],
    comments: [],
  };
}

const check = fixedCheck([finding('支出总表', 'B2'), finding('支出总表', 'B3', 'warning')]);

describe('two runtimes, one workbook', () => {
  it('pane open -> ribbon 一键校验 -> pane 校验 -> ribbon 清除标注 gives B2 its yellow back (a ribbon runtime per click)', async () => {
    const b = book();
    const excel = new FakeExcel(b);
    const pane = runtimeHost(excel);
    await runCheckCommand(runtimeHost(excel), check);
    expect(fillAt(b, '支出总表', 'B2')?.color).toBe(MARK_FILL.error);
    await pane.markFindings(check({ sheets: [] }, 'x').findings);
    await clearMarksCommand(runtimeHost(excel));
    expect(fillAt(b, '支出总表', 'B2')).toEqual(YELLOW);
    expect(fillAt(b, '支出总表', 'B3')).toBeNull();
  });

  it('ribbon 一键校验 -> pane 校验 -> pane 清除标注 with one long-lived ribbon runtime gives the yellow back', async () => {
    const b = book();
    const excel = new FakeExcel(b);
    const pane = runtimeHost(excel);
    const ribbon = runtimeHost(excel);
    await runCheckCommand(ribbon, check);
    await pane.markFindings(check({ sheets: [] }, 'x').findings);
    await pane.clearMarks();
    expect(fillAt(b, '支出总表', 'B2')).toEqual(YELLOW);
    await runCheckCommand(ribbon, check);
    await clearMarksCommand(ribbon);
    expect(fillAt(b, '支出总表', 'B2')).toEqual(YELLOW);
    expect(fillAt(b, '支出总表', 'B3')).toBeNull();
  });

  it('the pane sees the ribbon result and the imported 科目表 saved by the other runtime', async () => {
    const excel = new FakeExcel(book());
    const pane = runtimeHost(excel);
    const status = await runCheckCommand(runtimeHost(excel), check);
    await expect(pane.loadSetting('budgetDisclosure.lastCommand')).resolves.toEqual(status);
    await pane.saveSetting('budgetDisclosure.codeTables', [{ year: 2024, source: '科目表', entries: [] }]);
    await expect(runtimeHost(excel).loadSetting('budgetDisclosure.codeTables')).resolves.toHaveLength(1);
  });
});
