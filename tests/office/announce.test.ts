/** @jest-environment jsdom */
// Issue 13 item 6: every ribbon click answers. The outcome reaches a dialog through the URL fragment (never sent to a
// server), the dialog says in Chinese what happened, and the command completes only once the dialog is closed.
import { announce, dialogUrl, readDialogMessage, type DialogLike, type DialogUi } from '../../src/commands/announce';
import { renderDialog } from '../../src/commands/dialog-view';
import type { CommandStatus } from '../../src/commands/run-command';

const EVENTS = { message: 'dialogMessageReceived', closed: 'dialogEventReceived', succeeded: 'succeeded' };

const found: CommandStatus = {
  at: '2026-03-01T08:05:00.000Z',
  command: 'check',
  outcome: 'found',
  ok: true,
  message: '校验完成：识别 9 张表，发现 1 个错误、0 个警告，已在单元格中标注。打开「校验助手」可查看明细。',
};

function fakeUi(status: string) {
  const handlers = new Map<unknown, (a: unknown) => void>();
  const calls: { url: string; options: unknown }[] = [];
  let closed = 0;
  const dialog: DialogLike = {
    close: () => void closed++,
    addEventHandler: (type, handler) => void handlers.set(type, handler),
  };
  const ui: DialogUi = {
    displayDialogAsync: (url, options, callback) => {
      calls.push({ url, options });
      callback({ status, value: dialog });
    },
  };
  return { ui, calls, handlers, closed: () => closed };
}

describe('the ribbon outcome dialog', () => {
  it('puts the outcome in the fragment of dialog.html next to the function file, and reads it back', () => {
    const url = dialogUrl('https://localhost:3000/commands.html?_host_Info=Excel', found);
    expect(url.startsWith('https://localhost:3000/dialog.html#')).toBe(true);
    expect(new URL(url).search).toBe('');
    expect(readDialogMessage(new URL(url).hash)).toEqual({ command: 'check', outcome: 'found', message: found.message, at: found.at });
    expect(readDialogMessage('#%7Bbroken')).toBeNull();
    expect(readDialogMessage('')).toBeNull();
  });

  it('waits until the clerk presses 知道了 (a message from the dialog), then closes it', async () => {
    const f = fakeUi('succeeded');
    let settled = false;
    const done = announce(f.ui, 'https://x/dialog.html#1', EVENTS).then((r) => {
      settled = true;
      return r;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(f.calls[0].options).toEqual({ height: 40, width: 32, displayInIframe: true });
    f.handlers.get('dialogMessageReceived')?.({ message: 'close' });
    await expect(done).resolves.toBe('closed');
    expect(f.closed()).toBe(1);
  });

  it('also ends when the clerk closes the dialog with its ×, and at once when no dialog can open', async () => {
    const f = fakeUi('succeeded');
    const done = announce(f.ui, 'u', EVENTS);
    f.handlers.get('dialogEventReceived')?.({ error: 12006 });
    await expect(done).resolves.toBe('closed');
    await expect(announce(fakeUi('failed').ui, 'u', EVENTS)).resolves.toBe('unavailable');
    await expect(announce(undefined, 'u', EVENTS)).resolves.toBe('unavailable');
  });

  it('shows the heading, the message as text (never HTML) and 知道了', () => {
    const root = document.createElement('main');
    const close = jest.fn();
    renderDialog(root, { ...found, message: '<img src=x onerror=alert(1)>发现 1 个错误' }, close);
    expect(root.querySelector('h1')?.textContent).toBe('!一键校验：发现问题');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[role=status]')?.textContent).toBe('<img src=x onerror=alert(1)>发现 1 个错误');
    root.querySelector('button')?.click();
    expect(close).toHaveBeenCalledTimes(1);
    renderDialog(root, { command: 'clear', outcome: 'cleared', message: '已清除', at: found.at }, close);
    expect(root.querySelector('h1')?.getAttribute('data-outcome')).toBe('cleared');
    expect(root.textContent).toContain('清除标注：已清除标注');
    renderDialog(root, null, close);
    expect(root.textContent).toContain('没有收到操作结果');
  });
});
