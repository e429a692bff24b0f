// ADDIN_BASE_URL: where county IT hosts the built add-in. Office loads add-ins only over HTTPS, so anything else
// is refused before a build writes a manifest that Excel would reject. Shared by webpack.config.js and
// scripts/package.js (plain CommonJS, no build step).
'use strict';

/** An example shown in the messages. */
const EXAMPLE = 'https://intranet.example.gov.cn/budget-disclosure/';

/**
 * Check a base URL. Returns { ok: true, url } with a trailing slash, or { ok: false, message } in Chinese
 * saying what is wrong and what to set instead.
 */
function parseAddinBaseUrl(value) {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) {
    return { ok: false, message: `没有设置 ADDIN_BASE_URL：请写明加载项将放在哪个 HTTPS 地址，例如 ADDIN_BASE_URL=${EXAMPLE} npm run package` };
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `ADDIN_BASE_URL「${text}」不是有效的网址，应类似 ${EXAMPLE}` };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, message: `ADDIN_BASE_URL「${text}」不是 HTTPS 地址：Excel 只从 HTTPS 加载加载项，请改用 https:// 开头的地址，例如 ${EXAMPLE}` };
  }
  if (url.username || url.password || url.search || url.hash) {
    return { ok: false, message: `ADDIN_BASE_URL「${text}」不能带用户名、密码、“?”参数或“#”片段，应类似 ${EXAMPLE}` };
  }
  const href = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { ok: true, url: href };
}

module.exports = { parseAddinBaseUrl, EXAMPLE };
