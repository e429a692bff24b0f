// Loads office.js only when the page runs inside Office, so the standalone web page makes no request to the
// Office CDN (issue 7: nothing but its own static files). Office passes its host in `_host_Info`, the same
// marker office.js itself reads; without it office.js would find no host anyway.

/** Where office.js comes from (the CSP in webpack.config.js allows this origin). */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** What the check reads from the window (injected in tests). */
export interface PageContext {
  search: string;
  windowName: string;
  sessionHostInfo: string | null;
}

/** True when Office opened this page (the `_host_Info` marker in the URL, window name or session). */
export function isOpenedByOffice(ctx: PageContext): boolean {
  return /(^|[?&])_host_Info=/i.test(ctx.search) || /_host_Info/i.test(ctx.windowName) || ctx.sessionHostInfo !== null;
}

function currentContext(): PageContext {
  let session: string | null = null;
  try {
    session = window.sessionStorage.getItem('hostInfoValue');
  } catch {
    session = null;
  }
  return { search: window.location.search, windowName: window.name, sessionHostInfo: session };
}

/** Inject office.js when inside Office and it is not already there; resolves (never rejects) when done. */
export function ensureOfficeJs(): Promise<void> {
  const hasOffice = typeof (globalThis as { Office?: unknown }).Office !== 'undefined';
  if (hasOffice || !isOpenedByOffice(currentContext())) return Promise.resolve();
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = OFFICE_JS_URL;
    script.onload = () => resolve();
    script.onerror = () => resolve();
    document.head.appendChild(script);
  });
}
