// The browser host: marks kept for the download, settings per file name, selection listeners, read errors.
import { createBrowserHost, isBrowserHost, type SettingsStorage } from '../../src/taskpane/browser-host';
import { FINDINGS, GRID } from './fakes';

function memoryStorage(): SettingsStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

const file = { name: '预算.xlsx', bytes: new Uint8Array([80, 75, 3, 4]) };

describe('createBrowserHost', () => {
  it('reads the grid once through the given reader and reports progress', async () => {
    const read = jest.fn(async () => GRID);
    const host = createBrowserHost(file, read, memoryStorage());
    const labels: string[] = [];
    expect(await host.readGrid((p) => labels.push(p.label))).toBe(GRID);
    await host.readGrid();
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith(file.bytes);
    expect(labels[0]).toContain('预算.xlsx');
  });

  it('retries a read that failed instead of caching the failure', async () => {
    const read = jest.fn().mockRejectedValueOnce(new Error('bad')).mockResolvedValueOnce(GRID);
    const host = createBrowserHost(file, read, memoryStorage());
    await expect(host.readGrid()).rejects.toThrow('bad');
    await expect(host.readGrid()).resolves.toBe(GRID);
  });

  it('keeps marks in memory for the annotated download and clears them', async () => {
    const host = createBrowserHost(file, async () => GRID, memoryStorage());
    await host.markFindings(FINDINGS);
    expect(host.marks()).toEqual(FINDINGS);
    await host.clearMarks();
    expect(host.marks()).toEqual([]);
    expect(host.bytes).toBe(file.bytes);
  });

  it('stores settings as JSON keyed by file name', async () => {
    const storage = memoryStorage();
    const a = createBrowserHost(file, async () => GRID, storage);
    const b = createBrowserHost({ ...file, name: '其他.xlsx' }, async () => GRID, storage);
    await a.saveSetting('budgetDisclosure.narrativeTexts', { duties: '负责医保' });
    expect(await a.loadSetting('budgetDisclosure.narrativeTexts')).toEqual({ duties: '负责医保' });
    expect(await b.loadSetting('budgetDisclosure.narrativeTexts')).toBeUndefined();
    storage.map.set([...storage.map.keys()][0], '{broken');
    expect(await a.loadSetting('budgetDisclosure.narrativeTexts')).toBeUndefined();
  });

  it('tells selection listeners which cell to show, until they unsubscribe', async () => {
    const host = createBrowserHost(file, async () => GRID, memoryStorage());
    const seen: string[] = [];
    const off = host.onSelect((s) => seen.push(`${s.sheet}!${s.cell}`));
    await host.selectCell('支出表', 'C5');
    off();
    await host.selectCell('支出表', 'C6');
    expect(seen).toEqual(['支出表!C5']);
    expect(isBrowserHost(host)).toBe(true);
  });
});
