// The Excel host as one runtime of the add-in builds it (the task pane, or the ribbon's function file), over the
// strict fake: Excel.run from the FakeExcel with the add-in's run options and error translation.
import type { Finding, Report } from '../../src/engine/report';
import { summarize } from '../../src/engine/report';
import type { Grid } from '../../src/engine/grid/types';
import type { MarkCapabilities } from '../../src/office/excel-api';
import { createContextHost, createRunner } from '../../src/office/excel-host';
import type { WorkbookHost } from '../../src/host/workbook-host';
import type { FakeExcel } from './fake-excel';

export const NOTES: MarkCapabilities = { notes: true, comments: true };
export const COMMENTS: MarkCapabilities = { notes: false, comments: true };

/** A host for one runtime over `excel`. */
export function runtimeHost(excel: FakeExcel, caps: MarkCapabilities = NOTES, name = '预算.xlsx'): WorkbookHost {
  return createContextHost({ run: createRunner(excel, upTo(18)), caps, name: () => name });
}

/** isSetSupported for an Excel that has ExcelApi 1.1 .. 1.`max`. */
export function upTo(max: number) {
  return (set: string, version: string) => set === 'ExcelApi' && Number(version.split('.')[1]) <= max;
}

/** A finding at a cell (seed 000 figures in the message). */
export function finding(sheet: string, cell: string, severity: Finding['severity'] = 'error', message = '合计不等于各项之和'): Finding {
  return { rule: 'rollup/section-sum', severity, sheet, cell, message, expected: '3232.07', actual: '3232.17' };
}

/** A check that reports `findings` whatever the grid holds, with one table per sheet. */
export function fixedCheck(findings: Finding[]) {
  return (grid: Grid, file: string): Report => ({
    file,
    entity: null,
    year: 2021,
    unit: null,
    tables: grid.sheets.map((s) => ({ sheet: s.name, kind: 'expenditure-summary', title: s.name, range: 'A1:D3', unit: null, year: 2021 })),
    findings,
    summary: summarize(findings),
  });
}
