/*
 * es5-guard.js: the one script every page loads first, written in ES5 so that it runs where the bundles cannot
 * (the bundles need ES2020). Office 2016/2019 volume licence and Windows without WebView2 show add-ins in
 * Internet Explorer 11 or EdgeHTML; 360 / QQ browsers in 兼容模式 use IE too. There the task pane would stay
 * blank and the ribbon silent, so this script says in Chinese what to do instead.
 *
 * How it decides: syntax-probe.js (loaded right after this file) sets window.__budgetDisclosureSyntaxOk only
 * where ES2020 syntax parses, and a few ES2020 library functions must exist. It never reads the user agent to
 * decide, only to word the advice.
 *
 * Where it acts (after DOMContentLoaded, when the deferred bundles have had their turn):
 *  - taskpane.html / the offline page: replaces the page content with the message;
 *  - commands.html: answers the ribbon buttons with a dialog (unsupported.html) instead of doing nothing;
 *  - unsupported.html (<html data-guard="always">): always shows the message.
 *
 * Keep it ES5 (tests/guard parses it as ES5 and runs it with IE11's library missing): var, function, no
 * arrow functions, no template strings, no Array.prototype.includes / String.prototype.startsWith / Promise.
 */
(function (win) {
  'use strict';

  var doc = win.document;
  var nav = win.navigator || {};

  /** The ribbon functions named in manifest.xml (FunctionName); commands.ts registers the real ones. */
  var RIBBON_FUNCTIONS = ['runCheck', 'clearMarks'];

  var TEXT = {
    title: '预算公开校验助手无法在这里运行',
    ie: '这台电脑的 Excel 用旧版 Internet Explorer 内核显示加载项，本工具需要更新的内核。',
    edgeHtml: '这台电脑的 Excel 用旧版 Edge（EdgeHTML）内核显示加载项，本工具需要更新的内核。',
    oldOffice: '这台电脑的 Excel 显示加载项所用的浏览器内核过旧，本工具无法运行。',
    officeSteps: [
      '更新 Office：Microsoft 365 或 Office LTSC 2021 / 2024 可以运行本工具（Office 2016 / 2019 批量许可版不行）。',
      '安装 Microsoft Edge WebView2 运行时（请单位信息化人员安装），装好后重新打开 Excel。',
      '暂时改用离线网页版：在发布包「网页版」文件夹里双击「预算公开校验助手.html」，用新版 Edge 或 Chrome 打开，再选择工作簿，校验结果相同。'
    ],
    oldBrowser: '当前浏览器版本过旧，或处于“兼容模式”，无法运行本页面。',
    browserSteps: [
      '用新版 Microsoft Edge、Google Chrome 或 Firefox 打开本页面。',
      '使用 360、QQ 等双核浏览器时，请点地址栏右侧的图标切换到“极速模式”。',
      '在 Excel 中使用：Microsoft 365 或 Office LTSC 2021 / 2024 可以安装本加载项，请联系单位信息化人员。'
    ]
  };

  /** True when the ES2020 syntax probe ran and the ES2020 library the bundles rely on exists. */
  function canRunBundles() {
    if (win.__budgetDisclosureSyntaxOk !== true) return false;
    return typeof Promise === 'function' &&
      typeof Promise.allSettled === 'function' &&
      typeof String.prototype.matchAll === 'function' &&
      typeof Object.fromEntries === 'function' &&
      typeof win.globalThis === 'object' &&
      typeof win.queueMicrotask === 'function';
  }

  /** 'ie', 'edgehtml' or 'other': only to word the advice. */
  function engineKind() {
    var ua = String(nav.userAgent || '');
    if (ua.indexOf('Trident/') >= 0 || ua.indexOf('MSIE ') >= 0) return 'ie';
    if (/ Edge\/\d/.test(ua)) return 'edgehtml';
    return 'other';
  }

  function pageName() {
    var path = String((win.location && win.location.pathname) || '');
    return path.substring(path.lastIndexOf('/') + 1).toLowerCase();
  }

  /** True inside Office: Office passes _host_Info in the URL or window name; the function file and dialog are Office-only. */
  function isInOffice() {
    var search = String((win.location && win.location.search) || '');
    var page = pageName();
    return /(^|[?&])_host_Info=/i.test(search) || /_host_Info/i.test(String(win.name || '')) ||
      page === 'commands.html' || page === 'unsupported.html';
  }

  function alwaysShow() {
    var root = doc.documentElement;
    return !!(root && root.getAttribute && root.getAttribute('data-guard') === 'always');
  }

  /** The message for this place: { title, reason, steps }. */
  function message() {
    var kind = engineKind();
    if (!isInOffice()) return { title: TEXT.title, reason: TEXT.oldBrowser, steps: TEXT.browserSteps };
    var reason = kind === 'ie' ? TEXT.ie : kind === 'edgehtml' ? TEXT.edgeHtml : TEXT.oldOffice;
    return { title: TEXT.title, reason: reason, steps: TEXT.officeSteps };
  }

  function element(tag, text) {
    var el = doc.createElement(tag);
    if (text) el.appendChild(doc.createTextNode(text));
    return el;
  }

  /** Replace the page content with the message (DOM nodes, never HTML text). */
  function showMessage() {
    var m = message();
    var host = doc.getElementById('root') || doc.body;
    if (!host) return;
    while (host.firstChild) host.removeChild(host.firstChild);
    var box = element('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'es5-guard');
    box.style.cssText = 'font-family: "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 14px; line-height: 1.6; padding: 16px; color: #242424;';
    box.appendChild(element('h1', m.title)).style.cssText = 'font-size: 18px; margin: 0 0 8px;';
    box.appendChild(element('p', m.reason));
    box.appendChild(element('p', '可以这样做：'));
    var list = element('ol');
    for (var i = 0; i < m.steps.length; i++) list.appendChild(element('li', m.steps[i]));
    box.appendChild(list);
    host.appendChild(box);
  }

  /** The dialog page beside this one (same folder, so Office lets the add-in open it). */
  function dialogUrl() {
    var href = String(win.location.href).replace(/[?#].*$/, '');
    return href.substring(0, href.lastIndexOf('/') + 1) + 'unsupported.html';
  }

  /** A ribbon button's handler in an old webview: open the explanation, finish when the clerk closes it. */
  function explainFromRibbon(event) {
    var office = win.Office;
    var finished = false;
    function done() {
      if (finished) return;
      finished = true;
      if (event && typeof event.completed === 'function') event.completed();
    }
    var ui = office && office.context && office.context.ui;
    if (!ui || typeof ui.displayDialogAsync !== 'function') {
      done();
      return;
    }
    ui.displayDialogAsync(dialogUrl(), { height: 60, width: 40, displayInIframe: true }, function (result) {
      if (!result || result.status !== 'succeeded' || !result.value) {
        done();
        return;
      }
      var closed = office.EventType ? office.EventType.DialogEventReceived : 'dialogEventReceived';
      result.value.addEventHandler(closed, done);
    });
  }

  /** Answer the ribbon buttons in commands.html so they are not silent. */
  function registerRibbon() {
    var office = win.Office;
    if (!office) return;
    function register() {
      for (var i = 0; i < RIBBON_FUNCTIONS.length; i++) {
        var name = RIBBON_FUNCTIONS[i];
        if (office.actions && typeof office.actions.associate === 'function') office.actions.associate(name, explainFromRibbon);
        win[name] = explainFromRibbon;
      }
    }
    if (typeof office.onReady === 'function') office.onReady(register);
    else office.initialize = register;
  }

  function decide() {
    if (!alwaysShow() && canRunBundles()) return;
    win.__budgetDisclosureUnsupported = true;
    if (pageName() === 'commands.html') registerRibbon();
    else showMessage();
  }

  if (doc.readyState === 'complete') {
    decide();
  } else if (doc.addEventListener) {
    doc.addEventListener('DOMContentLoaded', decide, false);
  } else if (win.attachEvent) {
    win.attachEvent('onload', decide);
  }
})(window);
