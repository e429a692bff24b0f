// The checks of scripts/check-security.js (run by .ci/run on the production build) catch what they are for:
// a page without a strict CSP, a script from elsewhere, eval / new Function, an AppDomain. Tried on small
// hand-made builds in a temporary directory, good and bad.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface SecurityChecks {
  directives(csp: string): Map<string, string[]>;
  severePackages(report: object): string[];
  checkDynamicCode(dist: string): string[];
  checkCsp(dist: string): string[];
  checkAppDomains(files: string[]): string[];
}

const checks = require('../../scripts/check-security.js') as SecurityChecks;

const STRICT = "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; object-src 'none'";
const page = (csp: string | null, scripts: string[]) =>
  `<!doctype html><html><head>${csp === null ? '' : `<meta http-equiv="Content-Security-Policy" content="${csp}">`}${scripts.map((s) => `<script src="${s}"></script>`).join('')}</head><body></body></html>`;

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bd-sec-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('check-security.js', () => {
  it('accepts a strict CSP with office.js and our own scripts', () => {
    writeFileSync(join(dir, 'taskpane.html'), page(STRICT, ['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'taskpane.js']));
    expect(checks.checkCsp(dir)).toEqual([]);
  });

  it.each([
    ['no CSP', page(null, ['taskpane.js']), /no Content-Security-Policy/],
    ['unsafe-eval', page(`${STRICT.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")}`, []), /script-src allows 'unsafe-eval'/],
    ['a CDN script', page(STRICT, ['https://cdn.example.com/x.js']), /script from https:\/\/cdn\.example\.com/],
    ['object-src open', page(STRICT.replace("; object-src 'none'", ''), []), /object-src/],
    ['an inline script', `${page(STRICT, [])}<script>alert(1)</script>`, /inline script/],
  ])('rejects a page with %s', (_what, html, problem) => {
    writeFileSync(join(dir, 'page.html'), html);
    expect(checks.checkCsp(dir).join('\n')).toMatch(problem);
  });

  it('finds eval and new Function, but lets the setImmediate polyfill through', () => {
    writeFileSync(join(dir, 'ok.js'), 'u.setImmediate=function(e){"function"!=typeof e&&(e=new Function(""+e));}');
    expect(checks.checkDynamicCode(dir)).toEqual([]);
    writeFileSync(join(dir, 'bad.js'), 'var g=new Function("return this")();x=eval("1+1");y.evaluate(1);');
    expect(checks.checkDynamicCode(dir)).toHaveLength(2);
  });

  it('rejects any AppDomain, but not one inside a comment', () => {
    const manifest = join(dir, 'manifest.xml');
    writeFileSync(manifest, '<OfficeApp><!-- <AppDomains><AppDomain>https://a.example</AppDomain></AppDomains> --></OfficeApp>');
    expect(checks.checkAppDomains([manifest])).toEqual([]);
    writeFileSync(manifest, '<OfficeApp><AppDomains><AppDomain>https://evil.example</AppDomain></AppDomains></OfficeApp>');
    expect(checks.checkAppDomains([manifest]).join()).toMatch(/evil\.example/);
  });

  it('reads the severe packages of an npm audit report', () => {
    const report = { vulnerabilities: { a: { severity: 'low' }, b: { severity: 'high' }, c: { severity: 'critical' } } };
    expect(checks.severePackages(report)).toEqual(['b', 'c']);
    expect(checks.directives("script-src 'self' x; object-src 'none'").get('script-src')).toEqual(["'self'", 'x']);
  });
});
