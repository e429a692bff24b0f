// The ES5 guard (src/guard/es5-guard.js): in an old webview (IE11 / EdgeHTML) or browser the task pane, the
// offline page and the ribbon say in Chinese what to do; in a current one the guard does nothing. Run in node's
// vm with a stub navigator/document; IE11 is played with its user agent and its library (ES2015+ removed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guardSource, loadPage, UA } from './fake-page';

// acorn ships with webpack/terser/jsdom; only parse() is used, to hold the guard to ES5.
const acorn = require('acorn') as { parse(text: string, options: { ecmaVersion: number; sourceType?: string }): unknown };

const OFFICE_PANE = 'https://intranet.example.gov.cn/budget/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0';
const OFFLINE_PAGE = 'file:///C:/Users/clerk/Desktop/budget-disclosure-0.1.0/%E7%BD%91%E9%A1%B5%E7%89%88/index.html';
const COMMANDS = 'https://intranet.example.gov.cn/budget/commands.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0';

describe('es5-guard.js is ES5 and the probe is ES2020', () => {
  it('parses as ECMAScript 5', () => {
    expect(() => acorn.parse(guardSource('es5-guard.js'), { ecmaVersion: 5 })).not.toThrow();
  });

  it('the ES5 check would catch ES2015 syntax', () => {
    expect(() => acorn.parse('var f = () => 1;', { ecmaVersion: 5 })).toThrow();
    expect(() => acorn.parse('let a = `x`;', { ecmaVersion: 5 })).toThrow();
  });

  it('syntax-probe.js parses as ES2020 but not as ES2019 (so IE11 / EdgeHTML cannot run it)', () => {
    expect(() => acorn.parse(guardSource('syntax-probe.js'), { ecmaVersion: 2020 })).not.toThrow();
    expect(() => acorn.parse(guardSource('syntax-probe.js'), { ecmaVersion: 2019 })).toThrow();
  });

  it('answers exactly the ribbon functions manifest.xml names', () => {
    const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(guardSource('es5-guard.js')).toContain(`var RIBBON_FUNCTIONS = ${JSON.stringify(names).replace(/"/g, "'").replace(/,/g, ', ')};`);
  });
});

describe('task pane and offline page', () => {
  it('IE11 webview in Excel: the pane shows what to do (update Office, WebView2, offline page)', () => {
    const page = loadPage({ url: OFFICE_PANE, userAgent: UA.ie11, ie11Library: true });
    expect(page.root.textContent).toBe('');
    page.ready();
    const text = page.root.textContent;
    expect(page.root.all('h1')).toEqual(['预算公开校验助手无法在这里运行']);
    expect(text).toContain('Internet Explorer');
    const steps = page.root.all('li');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toContain('Microsoft 365 或 Office LTSC 2021 / 2024');
    expect(steps[1]).toContain('WebView2');
    expect(steps[2]).toContain('预算公开校验助手.html');
    expect(page.global.__budgetDisclosureUnsupported).toBe(true);
  });

  it('EdgeHTML webview (ES2020 syntax fails, so the probe never runs): the EdgeHTML wording', () => {
    const page = loadPage({ url: OFFICE_PANE, userAgent: UA.edgeHtml, probe: false });
    page.ready();
    expect(page.root.textContent).toContain('EdgeHTML');
    expect(page.root.all('li')[1]).toContain('WebView2');
  });

  it('an old browser (IE kernel of a dual-core browser) opening the offline page: browser advice', () => {
    const page = loadPage({ url: OFFLINE_PAGE, userAgent: UA.ie11, ie11Library: true });
    page.ready();
    const steps = page.root.all('li');
    expect(page.root.textContent).toContain('兼容模式');
    expect(steps[0]).toContain('Microsoft Edge、Google Chrome 或 Firefox');
    expect(steps[1]).toContain('极速模式');
  });

  it('a current browser: nothing happens, in Excel and offline', () => {
    for (const url of [OFFICE_PANE, OFFLINE_PAGE]) {
      const page = loadPage({ url, userAgent: UA.chrome, probe: true });
      page.ready();
      expect(page.root.children).toEqual([]);
      expect(page.global.__budgetDisclosureSyntaxOk).toBe(true);
      expect(page.global.__budgetDisclosureUnsupported).toBeUndefined();
    }
  });

  it('decides by features, not the user agent: a current user agent whose ES2020 library is missing still gets the message', () => {
    const page = loadPage({ url: OFFICE_PANE, userAgent: UA.chrome, probe: true, ie11Library: true });
    page.ready();
    expect(page.root.all('h1')).toEqual(['预算公开校验助手无法在这里运行']);
  });
});

describe('ribbon (commands.html) and the dialog page', () => {
  it('IE11: both buttons open unsupported.html beside commands.html and finish when the clerk closes it', () => {
    const page = loadPage({ url: COMMANDS, userAgent: UA.ie11, ie11Library: true, office: true });
    page.ready();
    const office = page.office!;
    expect([...office.associated.keys()]).toEqual(['runCheck', 'clearMarks']);
    for (const name of ['runCheck', 'clearMarks']) expect(page.global[name]).toBe(office.associated.get(name));
    const completed = jest.fn();
    office.associated.get('runCheck')!({ completed });
    expect(office.dialogs).toEqual([{ url: 'https://intranet.example.gov.cn/budget/unsupported.html', options: expect.objectContaining({ displayInIframe: true }) }]);
    expect(completed).not.toHaveBeenCalled();
    office.closeDialog();
    office.closeDialog();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(page.body.children.map((c) => c.id)).toEqual(['root']);
    expect(page.root.children).toEqual([]);
  });

  it('current webview: the guard leaves the ribbon to commands.js', () => {
    const page = loadPage({ url: COMMANDS, userAgent: UA.chrome, probe: true, office: true });
    page.ready();
    expect(page.office!.associated.size).toBe(0);
    expect(page.global.runCheck).toBeUndefined();
  });

  it('unsupported.html (data-guard="always") shows the Office advice even where the bundles could run', () => {
    const page = loadPage({ url: 'https://intranet.example.gov.cn/budget/unsupported.html', userAgent: UA.chrome, probe: true, always: true });
    page.ready();
    expect(page.root.all('li')[1]).toContain('WebView2');
  });
});
