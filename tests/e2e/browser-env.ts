// Where the browser tests find Chromium and the production build, and why they skip when either is missing
// (CI installs chromium and builds first, so CI never skips).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium } from './chromium';

export const CHROMIUM = findChromium() ?? process.env.CHROMIUM_PATH ?? 'chromium';
export const ROOT = resolve(__dirname, '..', '..');
export const DIST = resolve(ROOT, process.env.E2E_DIST ?? 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

const skipReason = !findChromium()
  ? `未找到 Chromium（PATH 中没有 chromium：apt-get install -y chromium，或设置 CHROMIUM_PATH），跳过浏览器测试。`
  : !existsSync(join(DIST, 'taskpane.html'))
    ? `未找到 ${DIST}/taskpane.html，请先运行 npm run build，跳过浏览器测试。`
    : null;
if (skipReason) process.stdout.write(`${skipReason}\n`);

/** `describe` when Chromium and dist/ are there, else `describe.skip` (the reason is printed once). */
export const describeIfReady = skipReason ? describe.skip : describe;
