// What goes into the release zip, from a production build directory: the hosted add-in (everything the pages
// Office opens need, with the manifest for ADDIN_BASE_URL), the offline page (offline.html and the scripts it
// loads, in a folder beside one HTML file), the sample workbooks and 部署说明.txt. Pure: reads files, returns
// entries; scripts/package.js writes the zip.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const names = require('./names.js');
const { offlineHtml } = require('./offline-page.js');
const { deployNotes } = require('./deploy-notes.js');

/** The placeholder host in the source manifest, replaced by the build (webpack.config.js). */
const DEV_URL = 'https://localhost:3000/';

/** Pages of the hosted add-in; offline.html goes to the offline folder only. */
const ADDIN_PAGES = ['taskpane.html', 'commands.html', 'unsupported.html'];

/** Never shipped: source maps (large, for developers) and the other folder's page. */
const isSourceMap = (file) => file.endsWith('.map');

/** Files under `dir`, relative, with forward slashes, sorted. */
function listFiles(dir, prefix = '') {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      return e.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}

/** Files only the ribbon's function file loads (commands.js and its license text). */
const isCommandsBundle = (file) => /^commands\.js(\.LICENSE\.txt)?$/.test(file);

/** Problems with a built manifest for `baseUrl` (every URL points there; the version is the package's). */
function manifestProblems(xml, baseUrl, version) {
  const problems = [];
  if (xml.includes(DEV_URL)) problems.push(`manifest.xml still points at ${DEV_URL}`);
  const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  for (const url of urls) if (!url.startsWith(baseUrl)) problems.push(`manifest.xml points at ${url}, outside ${baseUrl}`);
  if (urls.length === 0) problems.push('manifest.xml has no URL');
  const declared = /<Version>([^<]+)<\/Version>/.exec(xml)?.[1];
  if (declared !== `${version}.0`) {
    problems.push(`manifest.xml 的 <Version> 是 ${declared}，应与 package.json 的版本 ${version} 一致（写作 ${version}.0）：Office 按版本号缓存加载项，发布新版本时两处都要改`);
  }
  return problems;
}

/**
 * Entries of the zip as [path inside the zip, Buffer] pairs, from `buildDir` (a production build made with
 * ADDIN_BASE_URL = baseUrl) and the repository `root` (sample workbooks). Throws with the reasons when the
 * build is not fit to ship.
 */
function releaseEntries({ buildDir, root, version, baseUrl }) {
  const files = listFiles(buildDir).filter((f) => !isSourceMap(f));
  const missing = [...ADDIN_PAGES, 'offline.html', 'manifest.xml', 'taskpane.js', 'commands.js', 'es5-guard.js', 'syntax-probe.js'].filter((f) => !files.includes(f));
  if (missing.length > 0) throw new Error(`the build in ${buildDir} lacks ${missing.join(', ')}`);
  const manifest = fs.readFileSync(path.join(buildDir, 'manifest.xml'), 'utf8');
  const problems = manifestProblems(manifest, baseUrl, version);
  if (problems.length > 0) throw new Error(problems.join('\n'));

  const top = names.topFolder(version);
  const read = (f) => fs.readFileSync(path.join(buildDir, f));
  const entries = [];
  for (const f of files.filter((f) => f !== 'offline.html')) entries.push([`${top}/${names.ADDIN_DIR}/${f}`, read(f)]);

  const offline = `${top}/${names.OFFLINE_DIR}`;
  const html = offlineHtml(read('offline.html').toString('utf8'), names.OFFLINE_APP_DIR);
  entries.push([`${offline}/${names.OFFLINE_HTML}`, Buffer.from(html, 'utf8')]);
  const appFiles = files.filter((f) => !f.endsWith('.html') && f !== 'manifest.xml' && !isCommandsBundle(f));
  for (const f of appFiles) entries.push([`${offline}/${names.OFFLINE_APP_DIR}/${f}`, read(f)]);
  for (const s of names.SAMPLES) entries.push([`${offline}/${names.SAMPLES_DIR}/${s.to}`, fs.readFileSync(path.join(root, s.from))]);

  const notes = deployNotes({ version, baseUrl }).replace(/\r?\n/g, '\r\n');
  entries.push([`${top}/${names.DEPLOY_NOTES}`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(notes, 'utf8')])]);
  return entries;
}

module.exports = { releaseEntries, manifestProblems, listFiles, ADDIN_PAGES };
