// A page for running src/guard/*.js in node's vm: a stub document (just the DOM calls the guard makes), a stub
// navigator and location, and optionally Internet Explorer 11's library (everything after ES5 removed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const GUARD_DIR = join(__dirname, '..', '..', 'src', 'guard');

/** Source of a guard script by file name. */
export function guardSource(file: 'es5-guard.js' | 'syntax-probe.js'): string {
  return readFileSync(join(GUARD_DIR, file), 'utf8');
}

/** User agents of the webviews and browsers the tests play. */
export const UA = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
  edgeHtml: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
} as const;

/** A DOM node with only what the guard uses. */
export class FakeNode {
  readonly children: FakeNode[] = [];
  readonly attributes = new Map<string, string>();
  readonly style = { cssText: '' };
  id = '';
  constructor(
    readonly tagName: string,
    readonly text = '',
  ) {}
  get firstChild(): FakeNode | null {
    return this.children[0] ?? null;
  }
  appendChild(child: FakeNode): FakeNode {
    this.children.push(child);
    return child;
  }
  removeChild(child: FakeNode): FakeNode {
    this.children.splice(this.children.indexOf(child), 1);
    return child;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  /** Text of every descendant with this tag, in document order. */
  all(tag: string): string[] {
    return this.children.flatMap((c) => [...(c.tagName === tag ? [c.textContent] : []), ...c.all(tag)]);
  }
}

/** What the Office stub recorded. */
export interface OfficeCalls {
  associated: Map<string, (event: { completed(): void }) => void>;
  dialogs: { url: string; options: unknown }[];
  /** Call the last dialog's handler for this event type (as Office does when the clerk closes it). */
  closeDialog(): void;
}

/** A page loaded at `url`, with the guard (and the probe, unless the browser cannot parse it) run in it. */
export interface FakePage {
  root: FakeNode;
  body: FakeNode;
  global: Record<string, unknown>;
  office: OfficeCalls | null;
  /** Fire DOMContentLoaded (the deferred bundles have run by then in a real browser). */
  ready(): void;
}

export interface PageOptions {
  url: string;
  userAgent: string;
  /** Remove everything IE11's library lacks before the guard runs. */
  ie11Library?: boolean;
  /** Run syntax-probe.js (a browser that cannot parse ES2020 never gets to run it). */
  probe?: boolean;
  /** Provide an Office stub (commands.html loads office.js before the guard). */
  office?: boolean;
  /** <html data-guard="always"> (unsupported.html). */
  always?: boolean;
}

/** Strip the vm's built-ins down to what Internet Explorer 11 has (no ES2015+ library). */
const IE11_LIBRARY = `
  delete globalThis.Promise; delete globalThis.Symbol; delete globalThis.Reflect; delete globalThis.Proxy;
  delete globalThis.queueMicrotask; delete Object.assign; delete Object.fromEntries; delete Object.entries;
  delete Object.values; delete Array.from; delete Array.of; delete Array.prototype.includes;
  delete Array.prototype.find; delete Array.prototype.findIndex; delete Array.prototype.fill;
  delete String.prototype.includes; delete String.prototype.startsWith; delete String.prototype.endsWith;
  delete String.prototype.repeat; delete String.prototype.padStart; delete String.prototype.matchAll;
  delete globalThis.globalThis;
`;

function officeStub(): { office: Record<string, unknown>; calls: OfficeCalls } {
  const associated = new Map<string, (event: { completed(): void }) => void>();
  const dialogs: { url: string; options: unknown }[] = [];
  const handlers: (() => void)[] = [];
  const office = {
    EventType: { DialogEventReceived: 'dialogEventReceived' },
    actions: { associate: (name: string, fn: (event: { completed(): void }) => void) => associated.set(name, fn) },
    onReady: (callback: () => void) => callback(),
    context: {
      ui: {
        displayDialogAsync(url: string, options: unknown, callback: (r: unknown) => void) {
          dialogs.push({ url, options });
          const dialog = { addEventHandler: (type: string, fn: () => void) => type === 'dialogEventReceived' && handlers.push(fn) };
          callback({ status: 'succeeded', value: dialog });
        },
      },
    },
  };
  return { office, calls: { associated, dialogs, closeDialog: () => handlers.forEach((h) => h()) } };
}

/** Load a page: stub DOM, the guard, then (optionally) the probe, as the <script> tags do. */
export function loadPage(options: PageOptions): FakePage {
  const url = new URL(options.url);
  const html = new FakeNode('html');
  if (options.always) html.setAttribute('data-guard', 'always');
  const body = new FakeNode('body');
  const root = new FakeNode('div');
  root.id = 'root';
  body.appendChild(root);
  const listeners: (() => void)[] = [];
  const document = {
    readyState: 'loading',
    documentElement: html,
    body,
    getElementById: (id: string) => (id === 'root' && body.children.includes(root) ? root : null),
    createElement: (tag: string) => new FakeNode(tag),
    createTextNode: (text: string) => new FakeNode('#text', text),
    addEventListener: (type: string, fn: () => void) => type === 'DOMContentLoaded' && listeners.push(fn),
  };
  const stub = options.office ? officeStub() : null;
  const sandbox: Record<string, unknown> = {
    document,
    navigator: { userAgent: options.userAgent },
    location: { href: url.href, pathname: url.pathname, search: url.search },
    name: '',
    ...(stub ? { Office: stub.office } : {}),
  };
  const context = vm.createContext(sandbox);
  vm.runInContext('var window = this;', context);
  if (!options.ie11Library) vm.runInContext('window.queueMicrotask = function (f) { Promise.resolve().then(f); };', context);
  else vm.runInContext(IE11_LIBRARY, context);
  vm.runInContext(guardSource('es5-guard.js'), context, { filename: 'es5-guard.js' });
  if (options.probe) vm.runInContext(guardSource('syntax-probe.js'), context, { filename: 'syntax-probe.js' });
  return {
    root,
    body,
    global: sandbox,
    office: stub?.calls ?? null,
    ready: () => listeners.forEach((fn) => fn()),
  };
}
