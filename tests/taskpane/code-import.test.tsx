/** @jest-environment jsdom */
// The 科目表 tab: pick a sheet of the open workbook, import it, store it in the document settings.
import './dom-polyfills';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import { HostError } from '../../src/taskpane/host';
import type { WorkbookView } from '../../src/taskpane/workbook-view';
import { CHECKLIST, DRAFT, fakeEngine, fakeHost, report } from './fakes';

/** The web page's view of a workbook held by the engine worker: its sheets are listed and read there. */
function workerView(asked: [string, number][]): WorkbookView {
  return {
    format: 'xlsx',
    preview: async () => null,
    pdfSpot: async () => null,
    checkWord: async () => [],
    draft: async () => DRAFT,
    checklist: async () => CHECKLIST,
    sheetNames: async () => ['收支总表', '2024年科目表'],
    codeTable: async (sheet, year) => {
      asked.push([sheet, year]);
      if (sheet === '收支总表') throw new HostError('工作表「收支总表」中没有找到科目编码和科目名称列。');
      return { year, source: `工作表 ${sheet}`, entries: [{ cls: 'functional', code: '208', name: '社会保障和就业支出' }] };
    },
  };
}

describe('code table import', () => {
  it('imports a sheet of the open workbook and stores it for the next check', async () => {
    const host = fakeHost();
    render(<App mode="excel" host={host} engine={fakeEngine().engine} />);
    await userEvent.click(screen.getByRole('tab', { name: '科目表' }));
    expect(screen.getByText('尚未导入科目表，使用内置科目表。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '选择科目表所在的工作表' }));
    await userEvent.click(await screen.findByRole('combobox', { name: '选择科目表所在的工作表' }));
    await userEvent.click(screen.getByRole('option', { name: '支出表' }));
    const year = screen.getByRole('textbox', { name: '科目表年度' });
    await userEvent.clear(year);
    await userEvent.type(year, '2024');
    await userEvent.click(screen.getByRole('button', { name: '导入' }));
    expect(await screen.findByText('已导入 1 张科目表。')).toBeInTheDocument();
    expect(host.settings.get('budgetDisclosure.codeTables')).toEqual([
      { year: 2024, source: '工作表 支出表', entries: [{ cls: 'functional', code: '208', name: '社会保障和就业支出' }] },
    ]);
    expect(screen.getByText('2024年 · 工作表 支出表 · 1 个科目')).toBeInTheDocument();
  });

  it('disables import until a sheet and a four-digit year are given', async () => {
    render(<App mode="excel" host={fakeHost()} engine={fakeEngine().engine} />);
    await userEvent.click(screen.getByRole('tab', { name: '科目表' }));
    expect(screen.getByRole('button', { name: '导入' })).toBeDisabled();
    const year = screen.getByRole('textbox', { name: '科目表年度' });
    await userEvent.clear(year);
    await userEvent.type(year, '24');
    expect(screen.getByText(/请输入四位年份/)).toBeInTheDocument();
  });

  it('explains a sheet that holds no code table', async () => {
    const { engine } = fakeEngine();
    engine.parseCodeTable = () => {
      const e = new Error('工作表「支出表」中没有找到科目编码和科目名称列。');
      e.name = 'UserError';
      throw e;
    };
    const host = fakeHost();
    render(<App mode="excel" host={host} engine={engine} />);
    await userEvent.click(screen.getByRole('tab', { name: '科目表' }));
    await userEvent.click(screen.getByRole('button', { name: '选择科目表所在的工作表' }));
    await userEvent.click(await screen.findByRole('combobox', { name: '选择科目表所在的工作表' }));
    await userEvent.click(screen.getByRole('option', { name: '支出表' }));
    await userEvent.click(screen.getByRole('button', { name: '导入' }));
    expect(await screen.findByText(/没有找到科目编码和科目名称列/)).toBeInTheDocument();
    expect(host.settings.has('budgetDisclosure.codeTables')).toBe(false);
  });

  it('on the web page lists and reads the sheets where the checked workbook lives (the engine worker)', async () => {
    const asked: [string, number][] = [];
    const host = fakeHost('browser');
    host.readGrid = () => Promise.reject(new Error('the page never holds the workbook'));
    host.checkWorkbook = async () => ({ report: report(), view: workerView(asked) });
    render(<App mode="browser" host={host} engine={fakeEngine().engine} />);
    await screen.findByTestId('finding-count');
    await userEvent.click(screen.getByRole('tab', { name: '科目表' }));
    const year = screen.getByRole('textbox', { name: '科目表年度' });
    await userEvent.clear(year);
    await userEvent.type(year, '2024');
    await userEvent.click(await screen.findByRole('combobox', { name: '选择科目表所在的工作表' }));
    await userEvent.click(screen.getByRole('option', { name: '收支总表' }));
    await userEvent.click(screen.getByRole('button', { name: '导入' }));
    expect(await screen.findByText(/收支总表」中没有找到科目编码和科目名称列/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: '选择科目表所在的工作表' }));
    await userEvent.click(screen.getByRole('option', { name: '2024年科目表' }));
    await userEvent.click(screen.getByRole('button', { name: '导入' }));
    expect(await screen.findByText('已导入 1 张科目表。')).toBeInTheDocument();
    expect(asked).toEqual([['收支总表', 2024], ['2024年科目表', 2024]]);
    expect(screen.getByText('2024年 · 工作表 2024年科目表 · 1 个科目')).toBeInTheDocument();
  });
});
