// Deciding at start-up whether the page runs inside Excel or as the standalone web page. Never hangs: without
// network office.js is missing (Office undefined), and outside Office, Office.onReady reports no host. A page that
// Office opened waits for Office instead (waitForOffice): it never turns into the file-picker page.

/** Where the page runs. */
export type OfficeHostKind = 'excel' | 'browser';

/** How waiting for Office ended: Excel is ready, another Office app, no answer in time, or office.js missing. */
export type OfficeWait = 'excel' | 'other' | 'timeout' | 'missing';

interface OfficeGlobal {
  onReady(): Promise<{ host: unknown }>;
}

/** Wait up to `timeoutMs` for Office.onReady and say how it went. */
export function waitForOffice(timeoutMs = 10_000, scope: object = globalThis): Promise<OfficeWait> {
  const office = (scope as { Office?: Partial<OfficeGlobal> }).Office;
  if (!office || typeof office.onReady !== 'function') return Promise.resolve('missing');
  const onReady = office.onReady.bind(office);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), timeoutMs);
    onReady().then(
      (info) => {
        clearTimeout(timer);
        resolve(String(info?.host) === 'Excel' ? 'excel' : 'other');
      },
      () => {
        clearTimeout(timer);
        resolve('other');
      },
    );
  });
}

/** Resolve 'excel' inside Excel, 'browser' otherwise (office.js absent, another host, or no answer in time). */
export async function detectOfficeHost(timeoutMs = 4000, scope: object = globalThis): Promise<OfficeHostKind> {
  return (await waitForOffice(timeoutMs, scope)) === 'excel' ? 'excel' : 'browser';
}
