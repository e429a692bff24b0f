// The browser host: marks kept for the download, settings per file content, selection listeners, read errors.
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

  it('stores settings as JSON keyed by the file content, never its name', async () => {
    const storage = memoryStorage();
    const a = createBrowserHost(file, async () => GRID, storage);
    // Another department's workbook under the same name must not see a's figures; a renamed copy of a does.
    const sameName = createBrowserHost({ ...file, bytes: new Uint8Array([80, 75, 3, 5]) }, async () => GRID, storage);
    const renamed = createBrowserHost({ ...file, name: '预算（副本）.xlsx' }, async () => GRID, storage);
    await a.saveSetting('budgetDisclosure.narrativeTexts', { duties: '负责医保' });
    expect(await a.loadSetting('budgetDisclosure.narrativeTexts')).toEqual({ duties: '负责医保' });
    expect(await sameName.loadSetting('budgetDisclosure.narrativeTexts')).toBeUndefined();
    expect(await renamed.loadSetting('budgetDisclosure.narrativeTexts')).toEqual({ duties: '负责医保' });
    const key = [...storage.map.keys()][0];
    expect(key).toMatch(/^budgetDisclosure:(sha256-[0-9a-f]{64}|fnv-[0-9a-f]{16}):budgetDisclosure\.narrativeTexts$/);
    expect(key).not.toContain('预算');
    storage.map.set(key, '{broken');
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
