// Deciding at start-up whether the page runs inside Excel or as the standalone web page. Never hangs: without
// network office.js is missing (Office undefined), and outside Office, Office.onReady reports no host.

/** Where the page runs. */
export type OfficeHostKind = 'excel' | 'browser';

interface OfficeGlobal {
  onReady(): Promise<{ host: unknown }>;
}

/** Resolve 'excel' inside Excel, 'browser' otherwise (office.js absent, another host, or no answer in time). */
export function detectOfficeHost(timeoutMs = 4000, scope: object = globalThis): Promise<OfficeHostKind> {
  const office = (scope as { Office?: Partial<OfficeGlobal> }).Office;
  if (!office || typeof office.onReady !== 'function') return Promise.resolve('browser');
  const onReady = office.onReady.bind(office);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('browser'), timeoutMs);
    onReady().then(
      (info) => {
        clearTimeout(timer);
        resolve(String(info?.host) === 'Excel' ? 'excel' : 'browser');
      },
      () => {
        clearTimeout(timer);
        resolve('browser');
      },
    );
  });
}
