/** @jest-environment jsdom */
// The 「检查表」 tab: the reviewer's checklist of the last check, evidence that selects its cell, the .xlsx export,
// and the checklist sheet of the web page's annotated copy.
import './dom-polyfills';
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import { createBrowserHost } from '../../src/taskpane/browser-host';
import { CHECKLIST, fakeEngine, fakeHost } from './fakes';

async function openChecklist() {
  const host = fakeHost();
  const fake = fakeEngine();
  render(<App mode="excel" host={host} engine={fake.engine} />);
  await userEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByTestId('finding-count');
  await userEvent.click(screen.getByRole('tab', { name: '检查表' }));
  return { host, seen: fake.seen };
}

function downloads() {
  const names: string[] = [];
  URL.createObjectURL = jest.fn(() => 'blob:x');
  URL.revokeObjectURL = jest.fn();
  const spy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { names, restore: () => spy.mockRestore() };
}

describe('checklist tab', () => {
  it('asks for a check first', async () => {
    render(<App mode="excel" host={fakeHost()} engine={fakeEngine().engine} />);
    await userEvent.click(screen.getByRole('tab', { name: '检查表' }));
    expect(screen.getByText('请先完成「校验」，再查看预算公开情况检查表。')).toBeInTheDocument();
  });

  it('lists each item with 是/否/不适用, its note and a count of 否', async () => {
    await openChecklist();
    const items = screen.getAllByTestId('checklist-item');
    expect(items.map((i) => i.getAttribute('data-answer'))).toEqual(['是', '否', '不适用']);
    expect(items[1]).toHaveTextContent('政府采购预算是否公开');
    expect(items[1]).toHaveTextContent('情况说明中没有写政府采购预算金额。');
    expect(screen.getByRole('status')).toHaveTextContent('共 3 项，其中 1 项为“否”。');
  });

  it('selects the cell of an evidence link', async () => {
    const { host } = await openChecklist();
    const item = screen.getAllByTestId('checklist-item')[1];
    await userEvent.click(within(item).getByRole('button', { name: '说明!A9' }));
    expect(host.calls.selectCell).toEqual([['说明', 'A9']]);
  });

  it('exports the checklist as the reviewer\'s .xlsx', async () => {
    const { seen } = await openChecklist();
    const d = downloads();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: '导出检查表' }));
    });
    expect(seen.checklistExports).toEqual([CHECKLIST]);
    expect(d.names).toEqual(['灵寿县医疗保障局2021（检查表）.xlsx']);
    d.restore();
  });
});

describe('web page: the annotated copy carries the checklist', () => {
  it('passes the checklist with who and what to annotate', async () => {
    const fake = fakeEngine();
    const storage = { getItem: () => null, setItem: () => undefined };
    render(<App mode="browser" host={null} engine={fake.engine} createHost={(f) => createBrowserHost(f, fake.engine.readWorkbook, storage)} />);
    await userEvent.upload(screen.getByTestId('open-workbook'), new File([new Uint8Array([80, 75, 3, 4])], '灵寿2021.xlsx'));
    await screen.findByTestId('finding-count', {}, { timeout: 15000 });
    const d = downloads();
    await act(async () => {
      await userEvent.click(screen.getByTestId('download-annotated'));
    });
    expect(fake.seen.annotateExtras).toEqual([
      { checklist: { items: CHECKLIST, meta: expect.objectContaining({ entity: '灵寿县医疗保障局', year: 2021, file: '灵寿2021.xlsx' }) } },
    ]);
    d.restore();
  });
});
