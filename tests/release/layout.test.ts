// The release zip's layout and texts, from a small stand-in build (no webpack run here: the real build and the
// unpacked zip in Chromium are tests/release/package.e2e.ts). Also `npm run package`'s refusals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

interface Names {
  topFolder(version: string): string;
  zipName(version: string): string;
  ADDIN_DIR: string;
  OFFLINE_DIR: string;
  OFFLINE_HTML: string;
  OFFLINE_APP_DIR: string;
  SAMPLES_DIR: string;
  SAMPLES: { from: string; to: string }[];
  DEPLOY_NOTES: string;
}
type Entry = [string, Buffer];

const ROOT = join(__dirname, '..', '..');
const names = require('../../scripts/release/names.js') as Names;
const { releaseEntries, manifestProblems } = require('../../scripts/release/layout.js') as {
  releaseEntries(o: { buildDir: string; root: string; version: string; baseUrl: string }): Entry[];
  manifestProblems(xml: string, baseUrl: string, version: string): string[];
};
const { offlineHtml, UNPACK_HINT } = require('../../scripts/release/offline-page.js') as {
  offlineHtml(html: string, appDir: string): string;
  UNPACK_HINT: string;
};

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const BASE = 'https://intranet.example.gov.cn/budget-disclosure/';
const SOURCE_MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** offline.html as html-webpack-plugin minifies it (unquoted attributes). */
const OFFLINE_HTML =
  '<!doctype html><html lang=zh-CN><head><meta charset=UTF-8><meta http-equiv=Content-Security-Policy content="default-src \'self\'; script-src \'self\'">' +
  '<title>预算公开校验助手</title><link rel=icon type=image/png href=assets/icon-32.png><script src=es5-guard.js></script>' +
  '<script src=syntax-probe.js></script><script defer src=taskpane.js></script></head><body><div id=root><noscript>需要 JavaScript</noscript></div></body></html>';

/** A stand-in production build: the file names webpack emits, tiny contents. */
function fakeBuild(manifest = SOURCE_MANIFEST.split('https://localhost:3000/').join(BASE)): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-build-'));
  const files: Record<string, string> = {
    'taskpane.html': '<html>pane</html>',
    'commands.html': '<html>commands</html>',
    'unsupported.html': '<html>unsupported</html>',
    'offline.html': OFFLINE_HTML,
    'taskpane.js': 'pane();',
    'taskpane.js.map': '{}',
    'taskpane.js.LICENSE.txt': 'MIT',
    'commands.js': 'commands();',
    'commands.js.LICENSE.txt': 'MIT',
    'exceljs.0123abcd.js': 'exceljs();',
    '559.24e37139.js': 'chunk();',
    'es5-guard.js': 'guard();',
    'syntax-probe.js': 'probe();',
    'assets/icon-32.png': 'png',
    'manifest.xml': manifest,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('release zip layout', () => {
  let buildDir: string;
  let entries: Map<string, Buffer>;
  const top = names.topFolder(VERSION);
  const addin = `${top}/${names.ADDIN_DIR}/`;
  const offline = `${top}/${names.OFFLINE_DIR}/`;
  const under = (prefix: string) => [...entries.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));

  beforeAll(() => {
    buildDir = fakeBuild();
    entries = new Map(releaseEntries({ buildDir, root: ROOT, version: VERSION, baseUrl: BASE }));
  });
  afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

  it('is one top folder named after the version, with the add-in, the offline page and 部署说明.txt', () => {
    expect(names.zipName(VERSION)).toBe(`budget-disclosure-${VERSION}.zip`);
    expect([...entries.keys()].every((k) => k.startsWith(`${top}/`))).toBe(true);
    expect(under(`${top}/`).filter((k) => !k.includes('/'))).toEqual(['部署说明.txt']);
  });

  it('the hosted add-in holds every page Office opens, their scripts and the manifest, and no source map', () => {
    expect(under(addin).sort()).toEqual(
      [
        '559.24e37139.js', 'assets/icon-32.png', 'commands.html', 'commands.js', 'commands.js.LICENSE.txt', 'es5-guard.js',
        'exceljs.0123abcd.js', 'manifest.xml', 'syntax-probe.js', 'taskpane.html', 'taskpane.js', 'taskpane.js.LICENSE.txt', 'unsupported.html',
      ].sort(),
    );
    expect(entries.get(`${addin}manifest.xml`)?.toString()).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
  });

  it('the offline folder shows one HTML file; its scripts sit in app/, without the ribbon bundle', () => {
    const files = under(offline);
    expect(files.filter((f) => f.endsWith('.html'))).toEqual([names.OFFLINE_HTML]);
    expect(files.filter((f) => !f.includes('/'))).toEqual([names.OFFLINE_HTML]);
    expect(under(`${offline}${names.OFFLINE_APP_DIR}/`).sort()).toEqual(
      ['559.24e37139.js', 'assets/icon-32.png', 'es5-guard.js', 'exceljs.0123abcd.js', 'syntax-probe.js', 'taskpane.js', 'taskpane.js.LICENSE.txt'].sort(),
    );
    const html = entries.get(`${offline}${names.OFFLINE_HTML}`)?.toString() ?? '';
    expect(html).toContain('<script src="app/es5-guard.js"></script><script src="app/syntax-probe.js"></script><script defer src="app/taskpane.js">');
    expect(html).toContain('href="app/assets/icon-32.png"');
  });

  it('ships both sample workbooks byte for byte', () => {
    for (const s of names.SAMPLES) {
      expect(entries.get(`${offline}${names.SAMPLES_DIR}/${s.to}`)?.equals(readFileSync(join(ROOT, s.from)))).toBe(true);
    }
  });

  it('部署说明.txt opens in Notepad (UTF-8 BOM, CRLF) and covers hosting, the four deployments and the Excel versions', () => {
    const bytes = entries.get(`${top}/${names.DEPLOY_NOTES}`) ?? Buffer.alloc(0);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toContain(`预算公开校验助手 ${VERSION} 部署说明`);
    expect(text).toContain(`${BASE}taskpane.html`);
    for (const needle of [
      'HTTPS', '共享文件夹目录', '受信任的加载项目录', 'Microsoft 365 管理中心', '集成应用', 'com.microsoft.Excel/Data/Documents/wef',
      '上传我的加载项', 'Office LTSC 2021、Office LTSC 2024', 'Excel 网页版', 'Mac 版 Excel 16.50 及以上',
      'Office 2016、Office 2019 批量许可版', 'WebView2', `双击「${names.OFFLINE_HTML}」`, '\\\\fileserver\\excel-addins',
    ]) {
      expect(text).toContain(needle);
    }
  });

  it('the ES5 guard sends people to the folder and file the zip really has', () => {
    const guard = readFileSync(join(ROOT, 'src', 'guard', 'es5-guard.js'), 'utf8');
    expect(guard).toContain(`「${names.OFFLINE_DIR}」文件夹里双击「${names.OFFLINE_HTML}」`);
  });
});

describe('what the packager refuses', () => {
  it('a build whose manifest still points at the dev server or another host, or has another version', () => {
    expect(manifestProblems(SOURCE_MANIFEST, BASE, VERSION)[0]).toContain('https://localhost:3000/');
    const elsewhere = SOURCE_MANIFEST.split('https://localhost:3000/').join('https://other.example.org/');
    expect(manifestProblems(elsewhere, BASE, VERSION).join('\n')).toContain('outside');
    const built = SOURCE_MANIFEST.split('https://localhost:3000/').join(BASE);
    expect(manifestProblems(built, BASE, VERSION)).toEqual([]);
    expect(manifestProblems(built, BASE, '9.9.9').join('\n')).toContain('应与 package.json 的版本 9.9.9 一致');
  });

  it('stops instead of shipping such a build', () => {
    const dir = fakeBuild(SOURCE_MANIFEST);
    try {
      expect(() => releaseEntries({ buildDir: dir, root: ROOT, version: VERSION, baseUrl: BASE })).toThrow('https://localhost:3000/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an offline page that is not the build\'s', () => {
    expect(() => offlineHtml('<html><body>no scripts</body></html>', 'app')).toThrow('no script');
    expect(() => offlineHtml('<script src=a.js></script>', 'app')).toThrow('root');
    const html = offlineHtml(OFFLINE_HTML.replace('<noscript>', '<img src="data:image/png;base64,AA"><noscript>'), 'app');
    expect(html).toContain('src="data:image/png;base64,AA"');
    expect(html).toContain(`<div id=root><p data-hint="unpack">${UNPACK_HINT}</p>`);
  });

  it.each([
    [undefined, '没有设置 ADDIN_BASE_URL'],
    ['http://intranet.example.gov.cn/budget/', '不是 HTTPS 地址'],
  ])('npm run package with ADDIN_BASE_URL=%s: exit 2, a Chinese reason, no zip', (value, reason) => {
    const env = { ...process.env };
    delete env.ADDIN_BASE_URL;
    if (value) env.ADDIN_BASE_URL = value;
    const zip = join(ROOT, 'release', names.zipName(VERSION));
    const before = existsSync(zip) ? readFileSync(zip) : null;
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.js')], { env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(reason);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(zip) ? readFileSync(zip).equals(before as Buffer) : before === null).toBe(true);
  });
});
