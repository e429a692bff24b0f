/** @jest-environment jsdom */
// The optional 编辑后自动重新校验 switch: only for hosts that watch edits; an edit runs the check again.
import './dom-polyfills';
import '@testing-library/jest-dom';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import type { EditWatchingHost } from '../../src/taskpane/hooks/use-auto-recheck';
import { fakeEngine, fakeHost } from './fakes';

function watchingHost() {
  const base = fakeHost();
  const watch = { onEdit: null as (() => void) | null, started: 0, stopped: 0, reads: 0 };
  const read = base.readGrid.bind(base);
  const host: EditWatchingHost & typeof base = Object.assign(base, {
    readGrid: (p?: Parameters<typeof base.readGrid>[0]) => {
      watch.reads++;
      return read(p);
    },
    watchEdits: async (onEdit: () => void) => {
      watch.started++;
      watch.onEdit = onEdit;
      return async () => {
        watch.stopped++;
      };
    },
  });
  return { host, watch };
}

describe('auto re-check', () => {
  it('is not offered by a host that cannot watch edits', () => {
    render(<App mode="excel" host={fakeHost()} engine={fakeEngine().engine} />);
    expect(screen.queryByRole('switch', { name: '编辑后自动重新校验' })).toBeNull();
  });

  it('watches edits only while switched on, and re-checks on an edit', async () => {
    const { host, watch } = watchingHost();
    render(<App mode="excel" host={host} engine={fakeEngine().engine} />);
    const toggle = screen.getByRole('switch', { name: '编辑后自动重新校验' });
    expect(toggle).not.toBeChecked();
    expect(watch.started).toBe(0);
    await userEvent.click(toggle);
    expect(watch.started).toBe(1);
    await act(async () => watch.onEdit?.());
    expect(await screen.findByTestId('finding-count')).toHaveTextContent('4');
    expect(watch.reads).toBe(1);
    await userEvent.click(toggle);
    expect(watch.stopped).toBe(1);
  });
});
