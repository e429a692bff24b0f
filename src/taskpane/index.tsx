// Entry of taskpane.html: inside Excel the pane works on the open workbook; in an ordinary browser the same
// app opens a picked .xlsx (exceljs and docx load lazily, only on that path). A page Office opened waits for
// Excel (「正在连接 Excel…」, then a retry), never falling back to the file picker.
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserHost, type PickedFile } from './browser-host';
import { createEngineRunner } from './worker/runner';
import { App } from './app';
import { OfficeStartup } from './components/office-startup';
import { defaultEngine } from './engine-api';
import { S } from './strings';
import { ensureOfficeJs, openedByOffice } from './load-office';
import { pickTheme } from './theme';
import { waitForOffice } from '../office/office-ready';
import { createExcelHost, MIN_EXCEL_API } from '../office/excel-host';

function rootElement(): HTMLElement {
  const existing = document.getElementById('root') ?? document.getElementById('container');
  if (existing) return existing;
  const el = document.createElement('div');
  el.id = 'root';
  document.body.appendChild(el);
  return el;
}

function startExcel(): ReactElement {
  const theme = pickTheme(Office.context.officeTheme);
  if (!Office.context.requirements.isSetSupported('ExcelApi', MIN_EXCEL_API)) {
    return <App mode="excel" host={null} theme={theme} startupError={S.excelTooOld(`ExcelApi ${MIN_EXCEL_API}`)} />;
  }
  return <App mode="excel" host={createExcelHost()} theme={theme} />;
}

function startBrowser(): ReactElement {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  const theme = pickTheme(dark ? { bodyBackgroundColor: '#000000' } : undefined);
  // One engine worker for the page's life: reading, checking, drafting and the annotated copy run there.
  const runner = createEngineRunner();
  const createHost = (f: PickedFile) => createBrowserHost(f, defaultEngine.readWorkbook, globalThis.localStorage, runner);
  return <App mode="browser" host={null} theme={theme} createHost={createHost} />;
}

// office.js already on the page (a host that injects it) counts as being opened by Office too.
const inOffice = openedByOffice() || typeof (globalThis as { Office?: unknown }).Office !== 'undefined';
document.documentElement.lang = 'zh-CN';
document.body.style.margin = '0';
const root = createRoot(rootElement());
if (inOffice) root.render(<OfficeStartup wait={(ms) => ensureOfficeJs().then(() => waitForOffice(ms))} renderExcel={startExcel} />);
else root.render(startBrowser());
