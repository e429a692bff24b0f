/** @jest-environment jsdom */
// Issue 13 item 7: a pane that Office opened waits for Excel and offers a retry; it never becomes the file picker.
// Also: Office's hosts are recognised by window.external.GetHostInfo, and a file name with a literal % is kept.
import './dom-polyfills';
import '@testing-library/jest-dom';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfficeStartup } from '../../src/taskpane/components/office-startup';
import { isOpenedByOffice } from '../../src/taskpane/load-office';
import { waitForOffice, type OfficeWait } from '../../src/office/office-ready';
import { workbookNameFromUrl } from '../../src/office/excel-host';
import { deferred } from './fakes';

describe('starting inside Office', () => {
  it('shows 正在连接 Excel…, then a retry when Excel is slow, then the app; never the file picker', async () => {
    const answers = [deferred<OfficeWait>(), deferred<OfficeWait>()];
    let call = 0;
    render(<OfficeStartup wait={() => answers[call++].promise} renderExcel={() => <p>校验助手已就绪</p>} />);
    expect(screen.getByText('正在连接 Excel…')).toBeInTheDocument();
    await act(async () => answers[0].resolve('timeout'));
    expect(screen.getByText(/Excel 还没有响应/)).toBeInTheDocument();
    expect(screen.queryByText('打开工作簿')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(screen.getByText('正在连接 Excel…')).toBeInTheDocument();
    await act(async () => answers[1].resolve('excel'));
    expect(screen.getByText('校验助手已就绪')).toBeInTheDocument();
  });

  it('says the add-in needs Excel when another Office app opened it', async () => {
    render(<OfficeStartup wait={async () => 'other'} renderExcel={() => <p>app</p>} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('本加载项只能在 Excel 中使用');
  });

  it('knows Office by window.external.GetHostInfo too', () => {
    const base = { search: '', windowName: '', sessionHostInfo: null };
    expect(isOpenedByOffice({ ...base, hasHostInfoApi: true })).toBe(true);
    expect(isOpenedByOffice({ ...base, hasHostInfoApi: false })).toBe(false);
  });

  it('waitForOffice tells a timeout from a missing office.js and from another host', async () => {
    jest.useFakeTimers();
    try {
      const never = waitForOffice(50, { Office: { onReady: () => new Promise(() => undefined) } });
      jest.advanceTimersByTime(50);
      await expect(never).resolves.toBe('timeout');
    } finally {
      jest.useRealTimers();
    }
    await expect(waitForOffice(50, {})).resolves.toBe('missing');
    await expect(waitForOffice(50, { Office: { onReady: async () => ({ host: 'Word' }) } })).resolves.toBe('other');
    await expect(waitForOffice(50, { Office: { onReady: async () => ({ host: 'Excel' }) } })).resolves.toBe('excel');
  });

  it('names the workbook from its URL, keeping a literal % that decodeURIComponent would throw on', () => {
    expect(workbookNameFromUrl('C:\\\\预算\\\\100%完成.xlsx')).toBe('100%完成.xlsx');
    expect(workbookNameFromUrl('https://contoso.sharepoint.com/Shared%20Documents/%E9%A2%84%E7%AE%97.xlsx?web=1')).toBe('预算.xlsx');
    expect(workbookNameFromUrl('')).toBe('当前工作簿');
    expect(workbookNameFromUrl(null)).toBe('当前工作簿');
  });
});
