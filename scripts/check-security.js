#!/usr/bin/env node
// `npm run check:security` (run by .ci/run after the production build): the checks of issue 8 that look at the
// built add-in and the dependency tree rather than at source code:
//   1. npm audit --omit=dev: no high or critical advisory, unless the README explains it (a line containing
//      "npm audit" and the package name); an unreachable audit endpoint is reported, not failed on;
//   2. no eval( or new Function in any script of dist/, except vendor code listed in ALLOWED_DYNAMIC_CODE;
//   3. every dist/*.html has a Content-Security-Policy allowing scripts only from itself and the office.js host;
//   4. the manifest (source and dist/) lists no AppDomains beyond ALLOWED_APP_DOMAINS;
//   5. vendored code shipped as files is byte for byte the release we pinned (VENDORED_FILES).
'use strict';
const crypto = require('node:crypto');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/** Pages may load scripts only from these sources. */
const ALLOWED_SCRIPT_SOURCES = ["'self'", OFFICE_JS_ORIGIN];

/** The add-in navigates nowhere but its own origin. */
const ALLOWED_APP_DOMAINS = [];

/**
 * Vendor code that builds a function from text, with why it cannot run: the setImmediate polyfill (bundled with
 * jszip for exceljs / docx) turns a *string* callback into a function; nothing passes it a string. The CSP
 * (no 'unsafe-eval') would block every one of these if anything did call it.
 */
const ALLOWED_DYNAMIC_CODE = [
  /"function"\s*!=\s*typeof (\w+)\s*&&\s*\(\1\s*=\s*new Function\(""\s*\+\s*\1\)\)/,
  // pdf.js (PDF reader chunk): its probe whether eval works, and its PostScript-function compiler. Both run only
  // when getDocument is called with isEvalSupported, which readers/pdf/load-pdf.ts always sets to false.
  /"isEvalSupported",function\(\)\{try\{return new Function\(""\),!0\}catch\{return!1\}\}\(\)\)/,
  /\.compile\(\w+,\w+,\w+\);if\(\w+\)return new Function\("src","srcOffset","dest","destOffset",\w+\)/,
  // underscore's _.template, bundled with mammoth (Word reader chunk): mammoth's raw-text path never calls it.
  /try\{\w+=new Function\(\w+,"_",\w+\)\}catch\(e\)\{throw e\.source=\w+,e\}/,
];

/**
 * Files we ship whose package is a republication, pinned by hash: @e965/xlsx is SheetJS CE 0.20.3 (SheetJS
 * publishes CE outside npm); its xlsx.mjs is what webpack bundles for .xls/.et/.ods in the web page.
 */
const VENDORED_FILES = [
  {
    file: 'node_modules/@e965/xlsx/xlsx.mjs',
    version: { manifest: 'node_modules/@e965/xlsx/package.json', expected: '0.20.3' },
    sha256: '1a0fb062ee9781b13f6687371b202aaefc53b6ce55b530c027e01f9c087b77db',
  },
];

const problems = [];
const notes = [];

function auditEndpointUnreachable(result) {
  const text = `${result.stdout}\n${result.stderr}`;
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|network|audit endpoint|request to .* failed|getaddrinfo|405 Method Not Allowed|\b5\d\d\b/i.test(text);
}

/** Packages with a high or critical advisory, from `npm audit --json`. */
function severePackages(report) {
  return Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name]) => name);
}

function checkAudit() {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  let report = null;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = null;
  }
  if (!report || report.error) {
    if (auditEndpointUnreachable(result) || result.error) {
      const why = (report && (report.message || (report.error && (report.error.summary || report.error.code)))) || (result.error && result.error.code) || 'no network';
      notes.push(`npm audit: the registry's audit endpoint could not be reached (${why}); advisories were not checked in this run.`);
    } else {
      problems.push(`npm audit failed: ${(report && report.error && report.error.summary) || result.stderr.trim().split('\n')[0] || 'no output'}`);
    }
    return;
  }
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').filter((l) => l.includes('npm audit'));
  const severe = severePackages(report);
  const unexplained = severe.filter((name) => !readme.some((l) => l.includes(name)));
  for (const name of unexplained) problems.push(`npm audit: high/critical advisory in ${name}, not explained in README.md`);
  notes.push(`npm audit --omit=dev: ${severe.length} package(s) with high/critical advisories, ${severe.length - unexplained.length} explained in README.md.`);
}

function distFiles(dist, ext) {
  return fs.readdirSync(dist).filter((f) => f.endsWith(ext)).map((f) => path.join(dist, f));
}

/** Problems: eval( or new Function in the built scripts, outside the allowed vendor snippets. */
function checkDynamicCode(dist) {
  const problems = [];
  const pattern = /(^|[^\w$.])eval\s*\(|new\s+Function\s*\(/g;
  for (const file of distFiles(dist, '.js')) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(pattern)) {
      const around = text.slice(Math.max(0, m.index - 80), m.index + 80);
      if (ALLOWED_DYNAMIC_CODE.some((re) => re.test(around))) continue;
      problems.push(`${path.basename(file)}: dynamic code (${m[0].trim()}) near …${around.replace(/\s+/g, ' ').slice(40, 140)}…`);
    }
  }
  return problems;
}

/** The directives of a CSP string, by name. */
function directives(csp) {
  const map = new Map();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

/** Problems with the Content-Security-Policy and script tags of the built pages. */
function checkCsp(dist) {
  const problems = [];
  for (const file of distFiles(dist, '.html')) {
    const html = fs.readFileSync(file, 'utf8');
    const meta = /<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*content=("([^"]*)"|'([^']*)')/i.exec(html);
    const name = path.basename(file);
    if (!meta) {
      problems.push(`${name}: no Content-Security-Policy meta tag`);
      continue;
    }
    const d = directives(meta[2] ?? meta[3]);
    const scripts = d.get('script-src') ?? d.get('default-src') ?? [];
    const extra = scripts.filter((s) => !ALLOWED_SCRIPT_SOURCES.includes(s));
    if (scripts.length === 0 || extra.length > 0) problems.push(`${name}: script-src allows ${extra.join(' ') || 'anything'}`);
    if ((d.get('default-src') ?? []).join(' ') !== "'self'") problems.push(`${name}: default-src is not 'self'`);
    if ((d.get('object-src') ?? []).join(' ') !== "'none'") problems.push(`${name}: object-src is not 'none'`);
    for (const tag of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)) {
      const src = tag[1];
      if (/^https?:/i.test(src) && !src.startsWith(`${OFFICE_JS_ORIGIN}/`)) problems.push(`${name}: script from ${src}`);
    }
    if (/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(html)) problems.push(`${name}: inline script`);
  }
  return problems;
}

/** Problems: AppDomains in the manifests that are not in ALLOWED_APP_DOMAINS. */
function checkAppDomains(files) {
  const problems = [];
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    const xml = fs.readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    for (const m of xml.matchAll(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g)) {
      if (!ALLOWED_APP_DOMAINS.includes(m[1])) problems.push(`${path.relative(ROOT, file)}: AppDomain ${m[1]} is not needed`);
    }
  }
  return problems;
}

/** Problems: a vendored file missing, of another version, or not the bytes we pinned. */
function checkVendoredFiles(root, pinned = VENDORED_FILES) {
  const problems = [];
  for (const v of pinned) {
    const file = path.join(root, v.file);
    if (!fs.existsSync(file)) {
      problems.push(`${v.file}: missing (run npm ci)`);
      continue;
    }
    const version = JSON.parse(fs.readFileSync(path.join(root, v.version.manifest), 'utf8')).version;
    if (version !== v.version.expected) problems.push(`${v.file}: version ${version}, pinned ${v.version.expected}`);
    const hash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    if (hash !== v.sha256) problems.push(`${v.file}: sha256 ${hash} is not the pinned ${v.sha256}`);
  }
  return problems;
}

function main() {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    console.error('dist/ has no production build: run `npm run build` first.');
    process.exit(1);
  }
  checkAudit();
  problems.push(...checkDynamicCode(DIST), ...checkCsp(DIST), ...checkAppDomains([path.join(ROOT, 'manifest.xml'), path.join(DIST, 'manifest.xml')]));
  problems.push(...checkVendoredFiles(ROOT));
  for (const n of notes) console.log(n);
  if (problems.length > 0) {
    console.error(`Security checks failed:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  const audited = !notes.some((n) => n.includes('advisories were not checked'));
  console.log(`Security checks passed: CSP, no dynamic code, no AppDomains, pinned vendored files${audited ? ', dependency advisories' : ' (dependency advisories not checked: see above)'}.`);
}

if (require.main === module) main();

module.exports = { directives, severePackages, checkDynamicCode, checkCsp, checkAppDomains, checkVendoredFiles, VENDORED_FILES };
