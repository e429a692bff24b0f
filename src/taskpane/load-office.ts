// Loads office.js only when the page runs inside Office, so the standalone web page makes no request to the
// Office CDN (nothing but its own static files). Office passes its host in `_host_Info` (URL, window name or
// session), or, in the older Windows webviews, through window.external.GetHostInfo: the markers office.js reads.

/** Where office.js comes from (the CSP in webpack.config.js allows this origin). */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** What the check reads from the window (injected in tests). */
export interface PageContext {
  search: string;
  windowName: string;
  sessionHostInfo: string | null;
  /** window.external.GetHostInfo exists (Office on Windows with the Internet Explorer / EdgeHTML webview). */
  hasHostInfoApi?: boolean;
}

/** True when Office opened this page (the `_host_Info` marker in the URL, window name or session). */
export function isOpenedByOffice(ctx: PageContext): boolean {
  return /(^|[?&])_host_Info=/i.test(ctx.search) || /_host_Info/i.test(ctx.windowName) || ctx.sessionHostInfo !== null || ctx.hasHostInfoApi === true;
}

function currentContext(): PageContext {
  let session: string | null = null;
  try {
    session = window.sessionStorage.getItem('hostInfoValue');
  } catch {
    session = null;
  }
  return { search: window.location.search, windowName: window.name, sessionHostInfo: session, hasHostInfoApi: hasGetHostInfo() };
}

function hasGetHostInfo(): boolean {
  try {
    const ext = (window as unknown as { external?: { GetHostInfo?: unknown } }).external;
    // In Internet Explorer a host method reports typeof 'unknown'.
    return !!ext && ['function', 'unknown', 'object'].includes(typeof ext.GetHostInfo) && ext.GetHostInfo !== null;
  } catch {
    return false;
  }
}

/** True when Office opened this page: it must wait for Office, never show the file picker. */
export function openedByOffice(): boolean {
  return isOpenedByOffice(currentContext());
}

/** Inject office.js when inside Office and it is not already there; resolves (never rejects) when done. */
export function ensureOfficeJs(): Promise<void> {
  const hasOffice = typeof (globalThis as { Office?: unknown }).Office !== 'undefined';
  if (hasOffice || !openedByOffice()) return Promise.resolve();
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = OFFICE_JS_URL;
    script.onload = () => resolve();
    script.onerror = () => resolve();
    document.head.appendChild(script);
  });
}
