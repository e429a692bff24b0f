// The offline page of the release: the build's offline.html with its scripts and icons moved into a folder
// beside it (so the clerk sees one HTML file), and a line telling what to do when the scripts never load,
// which is what happens when the page is opened from inside the zip without unpacking it.
'use strict';

/** Shown inside #root until the app replaces it (React clears the container on its first render). */
const UNPACK_HINT =
  '正在打开……如果这句话一直不消失：请先把下载的压缩包全部解压（右键 →「全部解压缩」），' +
  '再双击解压出来的「预算公开校验助手.html」；不要在压缩包里直接打开。';

const ATTRIBUTE = /(\s(?:src|href)=)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** True for a URL relative to the page (not absolute, not a scheme such as data: or blob:, not a fragment). */
function isPageRelative(url) {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');
}

/**
 * Rewrite the built offline.html for the release folder: every page-relative src/href points into `appDir`,
 * and #root holds the unpack hint. Throws when the page does not look like the build's (no #root, no script),
 * so a changed template fails the packaging instead of shipping a blank page.
 */
function offlineHtml(html, appDir) {
  let scripts = 0;
  const moved = html.replace(ATTRIBUTE, (whole, prefix, dq, sq, bare) => {
    const url = dq ?? sq ?? bare;
    if (!isPageRelative(url)) return whole;
    if (/^\s*src=/i.test(prefix)) scripts += 1;
    return `${prefix}"${appDir}/${url}"`;
  });
  if (scripts === 0) throw new Error('offline.html has no script to move: is it the production build?');
  const root = /<div id=("?)root\1>/.exec(moved);
  if (!root) throw new Error('offline.html has no <div id="root">');
  const at = root.index + root[0].length;
  return `${moved.slice(0, at)}<p data-hint="unpack">${UNPACK_HINT}</p>${moved.slice(at)}`;
}

module.exports = { offlineHtml, UNPACK_HINT };
