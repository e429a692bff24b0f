// Findings on a rebuilt PDF grid also say where they are printed: `page` and `line` (contracts README, round 2).
import type { Finding, Report } from '../../engine/report';
import type { PdfSpot } from './text-types';

/** A finding with the page and line of the PDF it points at. */
export type PdfFinding = Finding;

/** The spot of `sheet!cell` (a range's first cell), else of its row. */
export function spotOf(spots: ReadonlyMap<string, PdfSpot>, sheet: string, cell: string): PdfSpot | undefined {
  const first = cell.split(':')[0].replace(/\$/g, '');
  const exact = spots.get(`${sheet}!${first}`);
  if (exact) return exact;
  const row = /\d+$/.exec(first);
  return row ? spots.get(`${sheet}!${Number(row[0]) - 1}`) : undefined;
}

/** Every finding the grid places gets its page and line. */
export function locateFindings(report: Report, spots: ReadonlyMap<string, PdfSpot>): Report {
  const findings = report.findings.map((f): PdfFinding => {
    const spot = spotOf(spots, f.sheet, f.cell);
    return spot ? { ...f, page: spot.page, line: spot.line } : f;
  });
  return { ...report, findings };
}
