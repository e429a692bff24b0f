// Nothing leaked: no source file may call the network (fetch, XHR, WebSocket, beacons, event streams) or name a
// remote URL, except the office.js script the add-in must load; the engine imports nothing but itself and
// decimal.js. A static scan of src/, so a new network call fails CI before it ships.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', 'src');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Ways code can reach the network from a page, a worker or Node. */
const NETWORK: [string, RegExp][] = [
  ['fetch', /(^|[^\w$.])fetch\s*\(|\.fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['importScripts', /\bimportScripts\b/],
  ['Node network module', /from\s+['"](node:)?(http|https|net|tls|dgram|dns|http2)['"]|require\(\s*['"](node:)?(http|https|net|tls|dgram|dns|http2)['"]\s*\)/],
  ['remote URL', /\b(https?|wss?):\/\/(?!schemas\.openxmlformats\.org|schemas\.microsoft\.com|www\.w3\.org|purl\.org)[^\s'"`)<>]+/],
];

/**
 * Methods named `fetch` that a library's contract requires and that reach no network: pdf.js asks its cMap and
 * standard-font factories to `fetch({ name })` / `fetch({ filename })`; ours load the app's own chunks.
 */
const CONTRACT_METHODS: [string, RegExp][] = [['readers/pdf/bundled-data.ts', /^\s*async fetch\(\{ (name|filename) \}: \{ (name|filename): string \}\)/]];

/** The only remote URL allowed: office.js, in the pages and the loader that injects it. */
const ALLOWED_URLS = new Set([OFFICE_JS]);

/** Module specifiers: `… from 'x'` (also the closing line of a multi-line import), `import 'x'`, import('x'), require('x'). */
const MODULE_SPECIFIER = /^[^\S\n]*(?:import|export|\})[^'"\n]*\bfrom\s+['"]([^'"]+)['"]|^[^\S\n]*import\s+['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|html)$/.test(name) ? [path] : [];
  });
}

/** Network uses in a file's text ("file:line what"); comments are code too here: a URL in a comment is cheap to move. */
export function networkUses(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [what, re] of NETWORK) {
      const m = re.exec(line);
      if (!m) continue;
      if (what === 'remote URL' && ALLOWED_URLS.has(m[0])) continue;
      if (what === 'fetch' && CONTRACT_METHODS.some(([f, re]) => file === f && re.test(line))) continue;
      out.push(`${file}:${i + 1} ${what}: ${line.trim().slice(0, 120)}`);
    }
  });
  return out;
}

describe('no network from engine or UI', () => {
  const files = sourceFiles(SRC);

  it('scans every source file (and would see a fetch)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(networkUses('x.ts', "await fetch('/api')")).toHaveLength(1);
    expect(networkUses('x.ts', 'navigator.sendBeacon(u, d)')).toHaveLength(1);
    expect(networkUses('x.ts', "const u = 'https://example.com/t.js';")).toHaveLength(1);
    expect(networkUses('x.html', `<script src="${OFFICE_JS}"></script>`)).toEqual([]);
    // The contract method is allowed in its one file only, and a call inside it is still seen.
    expect(networkUses('readers/pdf/bundled-data.ts', '  async fetch({ name }: { name: string }): Promise<X> {')).toEqual([]);
    expect(networkUses('other.ts', '  async fetch({ name }: { name: string }): Promise<X> {')).toHaveLength(1);
    expect(networkUses('readers/pdf/bundled-data.ts', '    return fetch(url);')).toHaveLength(1);
  });

  it('finds no fetch, XHR, WebSocket, beacon, event stream or remote URL outside office.js', () => {
    const uses = files.flatMap((f) => networkUses(relative(SRC, f), readFileSync(f, 'utf8')));
    expect(uses).toEqual([]);
  });

  it('builds no code from text: no eval, new Function, or string timers in src/', () => {
    const dynamic = /(^|[^\w$.])eval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\(\s*['"`]/;
    const uses = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => (dynamic.test(line) ? `${relative(SRC, f)}:${i + 1}` : '')).filter(Boolean));
    expect(uses).toEqual([]);
    expect(dynamic.test('const f = new Function("return 1")')).toBe(true);
  });

  it('keeps the engine pure: it imports only its own modules, decimal.js and the formula parser', () => {
    const engine = files.filter((f) => f.startsWith(join(SRC, 'engine')) && /\.tsx?$/.test(f));
    const imports = engine.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(MODULE_SPECIFIER)].map((m) => [relative(SRC, f), m[1] ?? m[2] ?? m[3]]),
    );
    expect(imports.length).toBeGreaterThan(20);
    // @borgar/fx (formula text -> syntax tree, in engine/formula/parse.ts) has no dependencies and no I/O.
    const allowed = new Set(['decimal.js', '@borgar/fx']);
    expect(imports.filter(([, spec]) => !spec.startsWith('.') && !allowed.has(spec))).toEqual([]);
  });
});
