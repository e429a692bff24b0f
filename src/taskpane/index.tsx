// Entry of taskpane.html: inside Excel the pane works on the open workbook; in an ordinary browser the same
// app opens a picked .xlsx (exceljs and docx load lazily, only on that path).
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserHost, type PickedFile } from './browser-host';
import { createEngineRunner } from './worker/runner';
import { App } from './app';
import { defaultEngine } from './engine-api';
import { S } from './strings';
import { ensureOfficeJs } from './load-office';
import { pickTheme } from './theme';
import { detectOfficeHost } from '../office/office-ready';
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

void ensureOfficeJs()
  .then(() => detectOfficeHost(3000))
  .then((kind) => {
    document.documentElement.lang = 'zh-CN';
    document.body.style.margin = '0';
    createRoot(rootElement()).render(kind === 'excel' ? startExcel() : startBrowser());
  });
