#!/usr/bin/env node
// `ADDIN_BASE_URL=https://host/path/ npm run package`: the release a county IT person deploys, as
// release/budget-disclosure-<version>.zip (layout: scripts/release/layout.js; names: scripts/release/names.js).
// Builds the add-in for that HTTPS address into release/.build-<version> (dist/ is left alone), checks the
// manifest (URLs, version, Microsoft's XSDs when ../shared/schemas is there), then writes the zip atomically.
// Exit codes: 0 written; 1 the build or a check failed; 2 ADDIN_BASE_URL missing or not https.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const JSZip = require('jszip');
const { parseAddinBaseUrl } = require('./addin-base-url.js');
const { releaseEntries } = require('./release/layout.js');
const { zipName } = require('./release/names.js');

const ROOT = path.join(__dirname, '..');
const RELEASE = path.join(ROOT, 'release');

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** Production build for `baseUrl` into `outDir` (webpack.config.js reads ADDIN_BASE_URL). */
function build(outDir, baseUrl) {
  const cli = require.resolve('webpack-cli/bin/cli.js');
  process.stdout.write(`== 生产构建（加载项地址 ${baseUrl}）→ ${path.relative(ROOT, outDir)}\n`);
  const r = spawnSync(process.execPath, [cli, '--mode', 'production', '--output-path', outDir], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: baseUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) fail(`构建失败（webpack 退出码 ${r.status}），没有生成压缩包。`);
}

/** Microsoft's XSDs, when the shared schemas are beside the repository (they are on developer machines and CI). */
async function validateManifestXsd(buildDir) {
  const { SCHEMA_DIR, ROOT_SCHEMA, validateManifest } = require('./manifest-xsd.js');
  if (!fs.existsSync(path.join(SCHEMA_DIR, ROOT_SCHEMA))) {
    process.stdout.write(`（未找到 ${SCHEMA_DIR}，跳过清单的 XSD 校验）\n`);
    return;
  }
  const result = await validateManifest(fs.readFileSync(path.join(buildDir, 'manifest.xml'), 'utf8'));
  if (!result.valid) fail(`构建出的 manifest.xml 不符合 Office 清单的 XSD：\n${result.errors.join('\n')}`);
}

/** Write the zip next to nothing else: a temporary file renamed into place, so a failed run leaves no half zip. */
async function writeZip(entries, file) {
  const zip = new JSZip();
  const date = new Date();
  for (const [name, data] of entries) zip.file(name, data, { date });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
  return bytes.length;
}

async function main() {
  const base = parseAddinBaseUrl(process.env.ADDIN_BASE_URL);
  if (!base.ok) fail(base.message, 2);
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const buildDir = path.join(RELEASE, `.build-${version}`);
  fs.mkdirSync(RELEASE, { recursive: true });
  build(buildDir, base.url);
  await validateManifestXsd(buildDir);
  let entries;
  try {
    entries = releaseEntries({ buildDir, root: ROOT, version, baseUrl: base.url });
  } catch (err) {
    fail(`没有生成压缩包：${err.message}`);
  }
  const file = path.join(RELEASE, zipName(version));
  const size = await writeZip(entries, file);
  fs.rmSync(buildDir, { recursive: true, force: true });
  process.stdout.write(`== 已生成 ${path.relative(ROOT, file)}（${entries.length} 个文件，${(size / 1048576).toFixed(1)} MB），部署方法见其中的 部署说明.txt\n`);
}

if (require.main === module) {
  main().catch((err) => fail(`打包失败：${err && err.message ? err.message : err}`));
}
