/** @jest-environment jsdom */
// The web page mode: open a workbook through the file input, check runs by itself, preview the selected
// cell, download the annotated copy built from the marks.
import './dom-polyfills';
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import { createBrowserHost, type PickedFile } from '../../src/taskpane/browser-host';
import { fakeEngine, GRID } from './fakes';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

function renderPage() {
  const fake = fakeEngine();
  const opened: PickedFile[] = [];
  const createHost = (f: PickedFile) => {
    opened.push(f);
    return createBrowserHost(f, fake.engine.readWorkbook, memoryStorage());
  };
  render(<App mode="browser" host={null} engine={fake.engine} createHost={createHost} />);
  return { ...fake, opened };
}

async function openFile() {
  const file = new File([new Uint8Array([80, 75, 3, 4])], '灵寿2021.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  await userEvent.upload(screen.getByTestId('open-workbook'), file);
  return screen.findByTestId('finding-count', {}, { timeout: 15000 });
}

describe('web page', () => {
  it('offers 打开工作簿 and nothing else before a file is picked', () => {
    renderPage();
    expect(screen.getByRole('heading', { name: '预算公开校验助手' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '打开工作簿' })).toBeInTheDocument();
    expect(screen.getByTestId('open-workbook')).toHaveAttribute('type', 'file');
    expect(screen.queryByRole('button', { name: '校验' })).toBeNull();
    expect(screen.getByText(/不会上传到任何地方/)).toBeInTheDocument();
  });

  it('reads the picked file, checks it at once and shows the findings', async () => {
    const { opened } = renderPage();
    expect(await openFile()).toHaveTextContent('4');
    expect(opened.map((f) => [f.name, Array.from(f.bytes)])).toEqual([['灵寿2021.xlsx', [80, 75, 3, 4]]]);
    expect(screen.getAllByTestId('finding')).toHaveLength(4);
    expect(screen.getByRole('button', { name: '打开其他工作簿' })).toBeInTheDocument();
  });

  it('shows the clicked finding cell in the preview', async () => {
    renderPage();
    await openFile();
    expect(screen.queryByTestId('cell-preview')).toBeNull();
    await userEvent.click(screen.getAllByTestId('finding')[2]);
    const preview = await screen.findByTestId('cell-preview');
    expect(preview).toHaveTextContent('收支总表!B3');
    const target = within(preview).getByText('100.00');
    expect(target).toHaveAttribute('aria-current', 'true');
    // Each column shows its letter and its heading from the table; the label column is the row's 科目/项目.
    expect(within(preview).getAllByTestId('preview-column').map((th) => th.textContent)).toEqual(['A 项目', 'B 金额', 'C']);
    expect(GRID.sheets[0].cells[2][1]?.text).toBe('100.00');
  });

  it('downloads the annotated copy built from the original bytes and the marked findings', async () => {
    const { seen } = renderPage();
    await openFile();
    const names: string[] = [];
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await act(async () => {
      await userEvent.click(screen.getByTestId('download-annotated'));
    });
    expect(seen.annotated).toHaveLength(1);
    expect(seen.annotated[0]).toHaveLength(4);
    expect(names).toEqual(['灵寿2021（标注版）.xlsx']);
    click.mockRestore();
  });

  it('has no 清除标注 on the page (the file is never marked), and the copy always holds the listed findings', async () => {
    const { seen } = renderPage();
    await openFile();
    expect(screen.queryByRole('button', { name: '清除标注' })).toBeNull();
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await act(async () => {
      await userEvent.click(screen.getByTestId('download-annotated'));
    });
    expect(seen.annotated).toHaveLength(1);
    expect(seen.annotated[0]).toHaveLength(screen.getAllByTestId('finding').length);
    click.mockRestore();
  });

  it('shows the reader error for a file that is not a workbook', async () => {
    const fake = fakeEngine();
    fake.engine.readWorkbook = async () => {
      const e = new Error('这不是 Excel 工作簿（.xlsx）。');
      e.name = 'WorkbookReadError';
      throw e;
    };
    render(
      <App mode="browser" host={null} engine={fake.engine} createHost={(f) => createBrowserHost(f, fake.engine.readWorkbook, memoryStorage())} />,
    );
    await userEvent.upload(screen.getByTestId('open-workbook'), new File(['a,b'], 'x.xlsx'));
    expect(await screen.findByRole('alert')).toHaveTextContent('这不是 Excel 工作簿（.xlsx）。');
    expect(screen.queryByTestId('finding')).toBeNull();
  });

  it('hides 插入到工作表 on the page but keeps 导出 Word', async () => {
    renderPage();
    await openFile();
    await userEvent.click(screen.getByRole('tab', { name: '情况说明' }));
    expect(screen.queryByRole('button', { name: '插入到工作表' })).toBeNull();
    expect(screen.getByRole('button', { name: '导出 Word' })).toBeInTheDocument();
  });
});
