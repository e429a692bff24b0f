/** @jest-environment jsdom */
// The pane's states with a fake host and engine: idle, running, results, empty, error, cleared.
import './dom-polyfills';
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import { HostError } from '../../src/taskpane/host';
import { deferred, fakeEngine, fakeHost, GRID, report } from './fakes';
import type { Grid } from '../../src/engine/grid/types';

function renderPane(host = fakeHost(), engine = fakeEngine().engine) {
  render(<App mode="excel" host={host} engine={engine} />);
  return host;
}

describe('task pane states', () => {
  it('starts idle with the 校验 button and a hint, and nothing checked yet', () => {
    const host = renderPane();
    expect(screen.getByRole('button', { name: '校验' })).toBeEnabled();
    expect(screen.getByText(/点击「校验」/)).toBeInTheDocument();
    expect(screen.queryByTestId('finding')).toBeNull();
    expect(host.calls.marked).toHaveLength(0);
  });

  it('shows labelled progress while reading, then the results', async () => {
    const host = fakeHost();
    host.pendingRead = deferred<Grid>();
    host.progress = { fraction: 0.4, label: '正在读取工作表 2/5' };
    renderPane(host);
    await userEvent.click(screen.getByRole('button', { name: '校验' }));
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByText('正在读取工作表 2/5')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '正在校验…' })).toBeDisabled();
    await act(async () => host.pendingRead?.resolve(GRID));
    expect(await screen.findByTestId('finding-count')).toHaveTextContent('4');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows entity, year, unit and marks the findings in the workbook', async () => {
    const host = renderPane();
    await userEvent.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByTestId('entity')).toHaveTextContent('灵寿县医疗保障局');
    expect(screen.getByTestId('year')).toHaveTextContent('2021 年');
    expect(screen.getByText('万元')).toBeInTheDocument();
    expect(host.calls.marked).toHaveLength(1);
    expect(host.calls.marked[0]).toHaveLength(4);
  });

  it('lists found and missing standard tables', async () => {
    renderPane();
    await userEvent.click(screen.getByRole('button', { name: '校验' }));
    const found = await screen.findByTestId('tables-found');
    expect(within(found).getAllByRole('listitem')).toHaveLength(2);
    expect(within(found).getAllByRole('listitem')[0]).toHaveTextContent(/^收支总表/);
    const missing = screen.getByTestId('tables-missing');
    expect(missing).toHaveTextContent('政府采购预算表');
    expect(missing).toHaveTextContent('固定资产占用情况表');
  });

  it('says clearly when no standard table was found', async () => {
    renderPane(fakeHost(), fakeEngine(report([], false)).engine);
    await userEvent.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByText(/没有识别到部门预算公开表格/)).toBeInTheDocument();
    expect(screen.queryByTestId('finding')).toBeNull();
    expect(screen.queryByTestId('tables-found')).toBeNull();
  });

  it('says so when tables were found and all passed', async () => {
    renderPane(fakeHost(), fakeEngine(report([], true)).engine);
    await userEvent.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByText(/未发现问题/)).toBeInTheDocument();
    expect(screen.getByTestId('finding-count')).toHaveTextContent('0');
  });

  it('shows a HostError message as an alert, without a stack trace', async () => {
    const host = fakeHost();
    const err = new HostError('此版本的 Excel 不支持本加载项所需的功能（ExcelApi 1.13）。');
    host.readGrid = async () => {
      throw err;
    };
    renderPane(host);
    await userEvent.click(screen.getByRole('button', { name: '校验' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('ExcelApi 1.13');
    expect(alert.textContent).not.toMatch(/at |Error:|\.ts/);
  });

  it('shows a generic zh-CN message for an unexpected error, never its internals', async () => {
    const host = fakeHost();
    host.readGrid = async () => {
      throw new TypeError('Cannot read properties of undefined (reading "cells")');
    };
    renderPane(host);
    await userEvent.click(screen.getByRole('button', { name: '校验' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('操作未能完成');
    expect(alert).not.toHaveTextContent('cells');
  });

  it('keeps the results and warns when marking the cells failed', async () => {
    const host = fakeHost();
    host.markFindings = async () => {
      throw new HostError('工作表受保护，无法标注。');
    };
    renderPane(host);
    await userEvent.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByText('工作表受保护，无法标注。')).toBeInTheDocument();
    expect(screen.getAllByTestId('finding')).toHaveLength(4);
  });

  it('clears marks with 清除标注 and confirms it', async () => {
    const host = renderPane();
    await userEvent.click(screen.getByRole('button', { name: '清除标注' }));
    expect(host.calls.cleared).toBe(1);
    expect(await screen.findByText('已清除本工具添加的标注。')).toBeInTheDocument();
  });

  it('shows the start-up error (Excel too old) instead of the app', () => {
    render(<App mode="excel" host={null} startupError="当前 Excel 版本过旧，本加载项需要支持 ExcelApi 1.13 的 Excel。" />);
    expect(screen.getByRole('alert')).toHaveTextContent('ExcelApi 1.13');
    expect(screen.queryByRole('button', { name: '校验' })).toBeNull();
  });

  it('passes imported 科目表 from the document settings to check()', async () => {
    const host = fakeHost();
    host.settings.set('budgetDisclosure.codeTables', [{ year: 2021, source: 'x', entries: [] }]);
    const { engine, seen } = fakeEngine();
    renderPane(host, engine);
    await userEvent.click(screen.getByRole('button', { name: '校验' }));
    await screen.findByTestId('finding-count');
    expect(seen.checkOptions).toEqual([{ disabledRules: ['imported'] }]);
  });
});
