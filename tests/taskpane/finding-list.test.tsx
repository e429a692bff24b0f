/** @jest-environment jsdom */
// Results list: grouped by table, errors first, counts per group, severity filter, click and keyboard select.
import './dom-polyfills';
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import { fakeEngine, fakeHost } from './fakes';

async function checked() {
  const host = fakeHost();
  render(<App mode="excel" host={host} engine={fakeEngine().engine} />);
  await userEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByTestId('finding-count');
  return host;
}

describe('finding list', () => {
  it('groups by table with the group holding an error first, and counts per group', async () => {
    await checked();
    const groups = screen.getAllByTestId('finding-group');
    expect(groups.map((g) => g.textContent)).toEqual([
      '一般公共预算支出表（支出表）错误 1 · 警告 1',
      '收支总表错误 1 · 提示 1',
    ]);
  });

  it('orders findings inside a group errors first, with expected vs actual', async () => {
    await checked();
    const rows = screen.getAllByTestId('finding');
    expect(rows.map((r) => r.getAttribute('data-severity'))).toEqual(['error', 'warning', 'error', 'info']);
    expect(rows[0]).toHaveTextContent('款「行政事业单位医疗」为 97.00');
    expect(rows[0]).toHaveTextContent('应为 96.00，实为 97.00');
    expect(rows[0]).toHaveTextContent('支出表!C5');
    expect(rows[1]).not.toHaveTextContent('应为');
  });

  it('gives each finding its severity in words for screen readers', async () => {
    await checked();
    const rows = screen.getAllByTestId('finding');
    expect(rows[0]).toHaveAccessibleName(/^错误：\s*款「行政事业单位医疗」/);
    expect(rows[3]).toHaveAccessibleName(/^提示：\s*数字以文本形式存储/);
  });

  it('filters by severity and shows the counts on the filter', async () => {
    await checked();
    const filter = screen.getByRole('radiogroup', { name: '按严重程度筛选' });
    expect(within(filter).getByRole('radio', { name: '全部（4）' })).toBeChecked();
    await userEvent.click(within(filter).getByRole('radio', { name: '错误（2）' }));
    const rows = screen.getAllByTestId('finding');
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.getAttribute('data-severity') === 'error')).toBe(true);
    await userEvent.click(within(filter).getByRole('radio', { name: '提示（1）' }));
    expect(screen.getAllByTestId('finding')).toHaveLength(1);
    expect(screen.getAllByTestId('finding-group')).toHaveLength(1);
  });

  it('selects the finding cell in the workbook on click and shows its details', async () => {
    const host = await checked();
    const row = screen.getAllByTestId('finding')[0];
    expect(screen.queryByTestId('finding-details')).toBeNull();
    await userEvent.click(row);
    expect(host.calls.selectCell).toEqual([['支出表', 'C5']]);
    expect(row).toHaveAttribute('aria-expanded', 'true');
    const details = screen.getByTestId('finding-details');
    expect(details).toHaveTextContent('款 = 所属各项之和');
    expect(details).not.toHaveTextContent('rollup/section-sum');
    expect(details).toHaveTextContent('支出表!C6');
  });

  it('is operable with the keyboard: Enter or Space on a focused finding selects its cell', async () => {
    const host = await checked();
    const rows = screen.getAllByTestId('finding');
    rows[2].focus();
    await userEvent.keyboard('{Enter}');
    expect(host.calls.selectCell).toEqual([['收支总表', 'B3']]);
    expect(rows[2]).toHaveFocus();
    // Tab order itself is Tabster's, which needs layout jsdom lacks; rows are native buttons in the tab order.
    expect(rows.every((r) => r.tagName === 'BUTTON' && r.tabIndex === 0)).toBe(true);
    rows[3].focus();
    await userEvent.keyboard(' ');
    expect(host.calls.selectCell[1]).toEqual(['收支总表', 'B2']);
  });

  it('reports a failed selection in words', async () => {
    const host = await checked();
    host.selectCell = async () => {
      throw new Error('internal');
    };
    await userEvent.click(screen.getAllByTestId('finding')[0]);
    expect(await screen.findByRole('alert')).toHaveTextContent('无法选中该单元格');
  });
});
