// The build configuration, checked without running webpack (a full build takes minutes; CI runs `npm run build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const getHttpsServerOptions = jest.fn(async () => ({ key: 'k', cert: 'c' }));
jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions }));

type Config = Record<string, unknown> & {
  devtool: string | false;
  entry: Record<string, string>;
  module: { rules: { use: { loader: string; options: { compilerOptions: Record<string, unknown> } } }[] };
  optimization: { splitChunks: { cacheGroups: Record<string, { name: string; chunks: string; test: RegExp }> } };
  plugins: { userOptions?: { filename: string; templateParameters: { csp: string } }; patterns?: unknown }[];
  devServer?: { port: number; server: { type: string } };
};

const makeConfig = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Config>;
const ROOT = join(__dirname, '..', '..');

function pageCsp(config: Config, file: string): string {
  const page = config.plugins.find((p) => p.userOptions?.filename === file);
  if (!page?.userOptions) throw new Error(`no ${file}`);
  return page.userOptions.templateParameters.csp;
}

beforeEach(() => getHttpsServerOptions.mockClear());

describe('webpack.config.js', () => {
  it('builds both pages from their entries and never asks for certificates', async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: 'production' });
    expect(config.entry).toEqual({
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      dialog: './src/commands/dialog.ts',
      // The web page's engine worker, a script of its own (no HTML page).
      'engine-worker': { import: './src/taskpane/worker/engine-worker.ts', chunkLoading: 'import-scripts' },
    });
    expect(config.plugins.map((p) => p.userOptions?.filename).filter(Boolean)).toEqual(['taskpane.html', 'commands.html', 'dialog.html', 'offline.html', 'unsupported.html']);
    expect(config.devServer).toBeUndefined();
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
  });

  it('serves https on port 3000 with the dev certificates only under webpack serve', async () => {
    const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(config.devServer).toMatchObject({ port: 3000, server: { type: 'https', options: { key: 'k', cert: 'c' } } });
    expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
  });

  it.each(['production', 'development'])('uses no eval in %s (devtool, CSP)', async (mode) => {
    const config = await makeConfig({}, { mode });
    expect(String(config.devtool)).not.toMatch(/eval/);
    for (const page of ['taskpane.html', 'commands.html', 'dialog.html', 'unsupported.html']) {
      const csp = pageCsp(config, page);
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(csp).toContain("object-src 'none'");
    }
  });

  it('the offline page allows no remote origin at all, and every page allows blob: workers (file:// cannot load a worker by URL)', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    const offline = pageCsp(config, 'offline.html');
    expect(offline).toContain("script-src 'self';");
    expect(offline).toContain("connect-src 'self';");
    expect(offline).not.toMatch(/https?:/);
    for (const page of ['taskpane.html', 'commands.html', 'offline.html', 'unsupported.html']) {
      expect(pageCsp(config, page)).toContain("worker-src 'self' blob:;");
    }
  });

  it('copies the ES5 guard unbundled and unminified, and lowers every dependency (tabster, pdf.js: ES2022) to ES2020', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    const copy = config.plugins.find((p) => p.patterns) as unknown as { patterns: { from: string; to: string; info?: { minimized?: boolean } }[] };
    const guard = copy.patterns.filter((p) => p.from.startsWith('src/guard/'));
    expect(guard.map((p) => [p.from, p.to, p.info?.minimized])).toEqual([
      ['src/guard/es5-guard.js', 'es5-guard.js', true],
      ['src/guard/syntax-probe.js', 'syntax-probe.js', true],
    ]);
    const lowering = (config.module.rules as unknown as { test: RegExp; include?: RegExp; use: { loader: string; options: Record<string, unknown> } }[]).find((r) => r.include);
    for (const file of ['/x/node_modules/tabster/dist/esm/index.js', '/x/node_modules/pdfjs-dist/legacy/build/pdf.mjs']) {
      expect(lowering?.test.test(file) && lowering.include?.test(file)).toBe(true);
    }
    expect(lowering?.use).toMatchObject({ loader: 'esbuild-loader', options: { target: 'es2020' } });
  });

  it('keeps dynamic imports as ES modules and puts exceljs and docx in their own lazy chunks', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    const ts = config.module.rules[0].use;
    expect(ts.loader).toBe('ts-loader');
    expect(ts.options.compilerOptions.module).toBe('esnext');
    const groups = config.optimization.splitChunks.cacheGroups;
    expect(groups.exceljs).toMatchObject({ name: 'exceljs', chunks: 'async' });
    expect(groups.docx).toMatchObject({ name: 'docx', chunks: 'async' });
    expect(groups.exceljs.test.test('/x/node_modules/exceljs/dist/exceljs.min.js')).toBe(true);
  });

  it.each([
    ['http://budget.example.org/addin', '不是 HTTPS 地址'],
    ['budget.example.org/addin', '不是有效的网址'],
    ['https://budget.example.org/addin?x=1', '不能带'],
  ])('refuses ADDIN_BASE_URL=%s (Excel loads add-ins only over HTTPS)', async (value, reason) => {
    const config = await makeConfig({}, { mode: 'production' });
    const copy = config.plugins.find((p) => p.patterns) as unknown as { patterns: { from: string; transform?: (c: Buffer) => Buffer }[] };
    const transform = copy.patterns.find((p) => p.from === 'manifest.xml')?.transform;
    if (!transform) throw new Error('manifest is not copied');
    process.env.ADDIN_BASE_URL = value;
    try {
      expect(() => transform(readFileSync(join(ROOT, 'manifest.xml')))).toThrow(reason);
    } finally {
      delete process.env.ADDIN_BASE_URL;
    }
  });

  it('rewrites manifest URLs only when ADDIN_BASE_URL is set', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    const copy = config.plugins.find((p) => p.patterns) as unknown as { patterns: { from: string; transform?: (c: Buffer) => Buffer }[] };
    const transform = copy.patterns.find((p) => p.from === 'manifest.xml')?.transform;
    if (!transform) throw new Error('manifest is not copied');
    const manifest = readFileSync(join(ROOT, 'manifest.xml'));
    expect(transform(manifest).toString()).toBe(manifest.toString());
    process.env.ADDIN_BASE_URL = 'https://budget.example.org/addin';
    try {
      const out = transform(manifest).toString();
      expect(out).toContain('<SourceLocation DefaultValue="https://budget.example.org/addin/taskpane.html"/>');
      expect(out).not.toContain('https://localhost:3000/');
    } finally {
      delete process.env.ADDIN_BASE_URL;
    }
  });
});

describe('pages', () => {
  it.each(['src/taskpane/taskpane.html', 'src/commands/commands.html', 'src/commands/dialog.html'])('%s is zh-CN under the CSP', (file) => {
    const html = readFileSync(join(ROOT, file), 'utf8');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="<%= csp %>" />');
    expect(html).toContain('lang="zh-CN"');
  });
  it('commands.html (only ever opened by Office) loads office.js from the CDN', () => {
    const html = readFileSync(join(ROOT, 'src/commands/commands.html'), 'utf8');
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
  });
  it('taskpane.html has no static office.js tag: the app adds it only inside Office, so the web page stays offline', () => {
    const html = readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    expect(html).not.toContain('appsforoffice.microsoft.com/lib');
  });
});
