/** @jest-environment jsdom */
// Issue 13 items 6, 8 and 9 in the pane: the 科目表 picker no longer blanks the pane, findings fold per table and
// step with 上一个/下一个 (and Alt+↑/↓), rule names are Chinese, the clerk's judgment is kept, dimmed, counted apart
// and left unmarked, the findings list exports, and the last ribbon outcome is shown.
import './dom-polyfills';
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import { createBrowserHost } from '../../src/taskpane/browser-host';
import { fakeEngine, fakeHost, FINDINGS, type FakeHost } from './fakes';

const JUDGMENTS = 'budgetDisclosure.judgments';

// exceljs cannot load under jsdom; the workbook it builds is checked in findings-export.test.ts (node).
const built: (readonly (readonly string[])[])[] = [];
jest.mock('../../src/taskpane/findings-export', () => ({
  findingsWorkbook: async (rows: readonly (readonly string[])[]) => {
    built.push(rows);
    return new Uint8Array([80, 75, 3, 4]);
  },
}));

async function checked(host: FakeHost = fakeHost()) {
  render(<App mode="excel" host={host} engine={fakeEngine().engine} />);
  await userEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByTestId('finding-count');
  return host;
}

/** Class names whose CSS rule sets min-height: 100vh (Griffel writes its rules into the document in jsdom too). */
function classesWithFullHeight(): string[] {
  const names: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    for (const rule of [...sheet.cssRules]) {
      if (/min-height:\s*100vh/.test(rule.cssText)) names.push(...[...rule.cssText.matchAll(/\.([\w-]+)/g)].map((m) => m[1]));
    }
  }
  return names;
}

describe('the 科目表 sheet picker', () => {
  it('opens its list in a portal that does not carry the page height (fluentui#33949 blanked the pane)', async () => {
    await checked();
    await userEvent.click(screen.getByRole('tab', { name: '科目表' }));
    await userEvent.click(screen.getByRole('combobox'));
    expect(await screen.findByRole('option', { name: '收支总表' })).toBeInTheDocument();
    const full = classesWithFullHeight();
    expect(full.length).toBeGreaterThan(0);
    const portals = [...document.querySelectorAll('[data-portal-node]')];
    expect(portals.length).toBeGreaterThan(0);
    for (const node of portals) expect([...node.classList].filter((c) => full.includes(c))).toEqual([]);
  });
});

describe('finding navigation', () => {
  it('folds and unfolds a table group', async () => {
    await checked();
    const toggle = screen.getByRole('button', { name: '折叠「一般公共预算支出表（支出表）」' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(screen.getAllByTestId('finding')).toHaveLength(2);
    const unfold = screen.getByRole('button', { name: '展开「一般公共预算支出表（支出表）」' });
    expect(unfold).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(unfold);
    expect(screen.getAllByTestId('finding')).toHaveLength(4);
  });

  it('steps through findings with 下一个/上一个问题 and Alt+↓/↑, unfolding a folded group, selecting each cell', async () => {
    const host = await checked();
    await userEvent.click(screen.getByRole('button', { name: '下一个问题' }));
    await userEvent.click(screen.getByRole('button', { name: '下一个问题' }));
    expect(host.calls.selectCell).toEqual([['支出表', 'C5'], ['支出表', 'C7']]);
    await userEvent.click(screen.getByRole('button', { name: '折叠「收支总表」' }));
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(host.calls.selectCell[2]).toEqual(['收支总表', 'B3']);
    expect(screen.getAllByTestId('finding')).toHaveLength(4);
    expect(document.activeElement).toHaveAttribute('data-cell', '收支总表!B3');
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(host.calls.selectCell[3]).toEqual(['支出表', 'C7']);
  });

  it('moves the focus between findings with ↑ and ↓', async () => {
    await checked();
    const rows = screen.getAllByTestId('finding');
    rows[0].focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(rows[2]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(rows[1]).toHaveFocus();
  });
});

describe("the clerk's judgment", () => {
  it('marks a finding 不是问题: saved in the document, dimmed, counted apart, unmarked in the cells; 撤销 undoes it', async () => {
    const host = await checked();
    const first = screen.getAllByTestId('finding')[0];
    await userEvent.click(first);
    await userEvent.click(screen.getByRole('button', { name: '不是问题' }));
    const saved = host.settings.get(JUDGMENTS) as Record<string, { judgment: string }>;
    expect(Object.values(saved).map((j) => j.judgment)).toEqual(['not-a-problem']);
    expect(screen.getByTestId('finding-count')).toHaveTextContent('3');
    expect(screen.getByTestId('judged-count')).toHaveTextContent('另有已复核 0 条、不是问题 1 条');
    const judged = screen.getAllByTestId('finding').find((r) => r.getAttribute('data-judged'));
    expect(judged).toHaveAttribute('data-cell', '支出表!C5');
    expect(judged).toHaveTextContent('（不是问题）');
    expect(host.calls.marked.at(-1)?.map((f) => f.cell)).toEqual(['C7', 'B3', 'B2']);
    await userEvent.click(screen.getByRole('button', { name: '撤销复核' }));
    expect(screen.getByTestId('finding-count')).toHaveTextContent('4');
    expect(host.calls.marked.at(-1)).toHaveLength(4);
  });

  it('keeps judgments across checks: judged findings are not marked', async () => {
    const host = fakeHost();
    host.settings.set(JUDGMENTS, { 'cross/total-equals|收支总表!B3|收入总计与支出总计不相等': { judgment: 'reviewed', at: '2026-03-01T08:00:00.000Z' } });
    await checked(host);
    expect(host.calls.marked[0].map((f) => f.cell)).toEqual(['C7', 'C5', 'B2']);
    expect(screen.getByTestId('judged-count')).toHaveTextContent('已复核 1 条');
    expect(screen.getByRole('radio', { name: '错误（1）' })).toBeInTheDocument();
  });
});

describe('export and messages', () => {
  it('inside Excel inserts the findings list as a sheet, with rules in Chinese and the judgments', async () => {
    const host = fakeHost();
    host.settings.set(JUDGMENTS, { 'cross/total-equals|收支总表!B3|收入总计与支出总计不相等': { judgment: 'reviewed', at: '2026-03-01T08:00:00.000Z' } });
    await checked(host);
    await userEvent.click(screen.getByRole('button', { name: '导出问题清单' }));
    expect(await screen.findByText(/已插入工作表「问题清单」/)).toBeInTheDocument();
    const [header, ...rows] = host.calls.findingsSheets[0];
    expect(header).toEqual(['序号', '严重程度', '表格', '工作表', '单元格', '说明', '应为', '实为', '规则', '复核结论', '复核时间']);
    expect(rows).toHaveLength(FINDINGS.length);
    expect(rows.find((r) => r[4] === 'B3')?.slice(8, 10)).toEqual(['其他校验', '已复核']);
    expect(rows.find((r) => r[4] === 'C5')?.[8]).toBe('款 = 所属各项之和');
  });

  it('on the web page downloads the findings list as .xlsx', async () => {
    const fake = fakeEngine();
    render(<App mode="browser" host={null} engine={fake.engine} createHost={(f) => createBrowserHost(f, fake.engine.readWorkbook, { getItem: () => null, setItem: () => undefined })} />);
    await userEvent.upload(screen.getByTestId('open-workbook'), new File([new Uint8Array([80, 75, 3, 4])], '灵寿2021.xlsx'));
    await screen.findByTestId('finding-count', {}, { timeout: 15000 });
    const saved: { name: string; blob: Blob }[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => {
      saved.push({ name: '', blob: b });
      return 'blob:x';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1].name = this.download;
    });
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: '导出问题清单' }));
    });
    click.mockRestore();
    expect(saved.map((s) => s.name)).toEqual(['灵寿2021（问题清单）.xlsx']);
    expect(saved[0].blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(built[0]).toHaveLength(FINDINGS.length);
    expect(built[0][0][5]).toBe(FINDINGS[0].message);
  });

  it('shows the last ribbon outcome until the clerk closes it or checks in the pane', async () => {
    const host = fakeHost();
    host.settings.set('budgetDisclosure.lastCommand', { at: '2020-01-01T08:05:00.000Z', command: 'check', outcome: 'found', ok: true, message: '校验完成：识别 9 张表，发现 1 个错误、0 个警告。' });
    render(<App mode="excel" host={host} engine={fakeEngine().engine} />);
    const bar = await screen.findByTestId('last-command');
    expect(bar).toHaveTextContent(/功能区「一键校验」（1月1日 \d\d:05）：校验完成：识别 9 张表/);
    await userEvent.click(within(bar).getByRole('button', { name: '关闭' }));
    expect(screen.queryByTestId('last-command')).toBeNull();
  });

  it('says which cells could not be marked (protected sheet, gradient, the clerk\'s own note)', async () => {
    const host = fakeHost();
    host.markFindings = async () => ({ cells: 2, skipped: 0, protectedSheets: ['收支总表'], gradient: 1, unannotated: 1, overLimit: 0 });
    await checked(host);
    const notes = screen.getAllByRole('status').map((n) => n.textContent).join('');
    expect(notes).toContain('工作表「收支总表」受保护');
    expect(notes).toContain('1 个单元格是渐变填充');
    expect(notes).toContain('1 个单元格已有您自己的批注');
  });
});
