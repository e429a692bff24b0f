/** @jest-environment jsdom */
// The 情况说明 tab: preview by section, placeholder texts saved and reloaded, prior-year inputs, actions.
import './dom-polyfills';
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import type { PriorYear } from '../../src/engine/narrative/types';
import { fakeEngine, fakeHost, GRID, type FakeHost } from './fakes';

async function openNarrative(host: FakeHost = fakeHost(), fake = fakeEngine()) {
  render(<App mode="excel" host={host} engine={fake.engine} />);
  await userEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByTestId('finding-count');
  await userEvent.click(screen.getByRole('tab', { name: '情况说明' }));
  return { host, seen: fake.seen };
}

describe('narrative tab', () => {
  it('asks for a check first', async () => {
    render(<App mode="excel" host={fakeHost()} engine={fakeEngine().engine} />);
    await userEvent.click(screen.getByRole('tab', { name: '情况说明' }));
    expect(screen.getByText(/请先完成「校验」/)).toBeInTheDocument();
    expect(screen.queryByTestId('narrative')).toBeNull();
  });

  it('previews the draft by section with placeholders highlighted', async () => {
    await openNarrative();
    const preview = screen.getByTestId('narrative');
    expect(within(preview).getByRole('heading', { name: '一、部门职责及机构设置情况' })).toBeInTheDocument();
    expect(preview).toHaveTextContent('2021年收支总计2655.80万元。');
    expect(preview).toHaveTextContent(/情况说明现将灵寿县医疗保障局2021年部门预算公开如下：一、/);
    expect(preview.querySelector('mark')).toHaveTextContent('【请填写：部门职责】');
  });

  it('fills a placeholder from its input and saves the texts on blur', async () => {
    const { host } = await openNarrative();
    expect(screen.queryByRole('textbox', { name: '部门职责' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '需要补充的文字（1 项未填）' }));
    const box = screen.getByRole('textbox', { name: '部门职责' });
    await userEvent.type(box, '负责医疗保障');
    expect(screen.getByTestId('narrative')).toHaveTextContent('负责医疗保障');
    // The filled text stays editable although it is no longer a placeholder.
    expect(screen.getByRole('textbox', { name: '部门职责' })).toHaveValue('负责医疗保障');
    expect(screen.getByRole('button', { name: '需要补充的文字（已全部填写）' })).toBeInTheDocument();
    expect(host.calls.saved).toHaveLength(0);
    await userEvent.tab();
    expect(host.calls.saved).toContainEqual(['budgetDisclosure.narrativeTexts', { duties: '负责医疗保障' }]);
  });

  it('reloads saved placeholder texts for the workbook', async () => {
    const host = fakeHost();
    host.settings.set('budgetDisclosure.narrativeTexts', { duties: '已保存的职责' });
    await openNarrative(host);
    await userEvent.click(screen.getByRole('button', { name: '需要补充的文字（已全部填写）' }));
    expect(screen.getByRole('textbox', { name: '部门职责' })).toHaveValue('已保存的职责');
    expect(screen.getByTestId('narrative')).toHaveTextContent('已保存的职责');
  });

  it('passes valid prior-year figures (and the prior year) to the draft, flags a non-number', async () => {
    const { seen } = await openNarrative();
    await userEvent.click(screen.getByRole('button', { name: /上年数据/ }));
    await userEvent.type(screen.getByRole('textbox', { name: '上年收支总计' }), '2500.5');
    await userEvent.type(screen.getByRole('textbox', { name: '上年基本支出' }), '12万');
    const last = seen.draftOptions[seen.draftOptions.length - 1] as { prior: PriorYear };
    expect(last.prior).toEqual({ year: 2020, total: '2500.5' });
    expect(screen.getByText(/请输入数字（万元）/)).toBeInTheDocument();
  });

  it('gives the draft the checked workbook (for 机构设置, 项目名称, 绩效目标) and today\'s date for the 落款', async () => {
    const { seen } = await openNarrative();
    const last = seen.draftOptions[seen.draftOptions.length - 1] as { grid: unknown; date: string };
    const d = new Date();
    expect(last.grid).toBe(GRID);
    expect(last.date).toBe(`${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`);
  });

  it('inserts the paragraphs into a sheet in Excel', async () => {
    const { host } = await openNarrative();
    await userEvent.click(screen.getByRole('button', { name: '插入到工作表' }));
    expect(host.calls.inserted).toHaveLength(1);
    expect(host.calls.inserted[0][0]).toBe('灵寿县医疗保障局2021年部门预算信息公开情况说明');
    expect(await screen.findByText('已插入工作表「信息公开情况说明」。')).toBeInTheDocument();
  });

  it('copies the full text to the clipboard', async () => {
    await openNarrative();
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: '复制全文' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('公开如下：\n\n一、部门职责及机构设置情况\n'));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('二、部门预算安排的总体情况\n2021年收支总计2655.80万元。'));
    expect(await screen.findByText('已复制到剪贴板。')).toBeInTheDocument();
  });

  it('exports the draft as a Word download', async () => {
    await openNarrative();
    const created: string[] = [];
    const clicks: string[] = [];
    URL.createObjectURL = jest.fn(() => 'blob:docx');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
      created.push(this.href);
    });
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: '导出 Word' }));
    });
    expect(clicks).toEqual(['灵寿县医疗保障局2021年部门预算信息公开情况说明.docx']);
    expect(created).toEqual(['blob:docx']);
    click.mockRestore();
  });
});
