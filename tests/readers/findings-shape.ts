// What two reports must share to say "the same findings": rule, cell, message and the values, in order.
import type { Report } from '../../src/engine/report';

/** The findings as comparable lines (rule, sheet!cell, expected/actual, message). */
export function findingLines(report: Report, withPlace = true): string[] {
  return report.findings.map((f) => `${f.rule} ${withPlace ? `${f.sheet}!${f.cell} ` : ''}${f.expected ?? ''}/${f.actual ?? ''} ${f.message}`);
}

/** The recognized tables as comparable lines (kind, sheet!range). */
export function tableLines(report: Report): string[] {
  return report.tables.map((t) => `${t.kind} ${t.sheet}!${t.range} ${t.rows ?? ''}`);
}
