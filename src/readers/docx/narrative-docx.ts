// The Word 说明 as the engine's narrative: one sheet named after the file, paragraph n in cell A<n>, so every
// narrative rule checks it against the workbook and each finding names its paragraph (contracts README).
import { buildSheet } from '../../engine/grid/sheet';
import type { Grid, Sheet } from '../../engine/grid/types';
import type { Finding, Report } from '../../engine/report';
import type { Recognition } from '../../engine/tables/recognize';
import type { NarrativeBlock } from '../../engine/tables/types';
import { isNarrativeTitle } from '../../engine/tables/title';
import type { DocxParagraph } from './read-docx';

/** A finding on a Word 说明 paragraph: the file and the 1-based paragraph number (contracts README, round 2). */
export type DocxFinding = Finding;

/** The paragraphs as a sheet and a narrative block addressed in it. */
export interface DocxNarrative {
  source: string;
  sheet: Sheet;
  block: NarrativeBlock;
}

/** Build the sheet and the block; the title is the first paragraph when it names a 说明. */
export function docxNarrative(source: string, paragraphs: readonly DocxParagraph[]): DocxNarrative {
  const sheet = buildSheet(source, paragraphs.map((p) => [{ value: p.text }]));
  const titled = paragraphs.length > 0 && isNarrativeTitle(paragraphs[0].text.replace(/\s+/g, ''));
  const body = titled ? paragraphs.slice(1) : paragraphs;
  return {
    source,
    sheet,
    block: {
      sheet: source,
      title: titled ? paragraphs[0].text : source,
      titleAddress: { sheet: source, row: 0, col: 0 },
      paragraphs: body.map((p) => ({ text: p.text, address: { sheet: source, row: p.number - 1, col: 0 } })),
    },
  };
}

/** The workbook and its recognition with the Word 说明 added (its sheet never collides with a workbook sheet). */
export function withDocxNarrative(
  grid: Grid,
  recognition: Recognition,
  docx: DocxNarrative,
): { grid: Grid; recognition: Recognition; sheetName: string } {
  let name = docx.source;
  for (let n = 2; grid.sheets.some((s) => s.name === name); n++) name = `${docx.source} (${n})`;
  const sheet = { ...docx.sheet, name };
  const block: NarrativeBlock = {
    ...docx.block,
    sheet: name,
    titleAddress: { ...docx.block.titleAddress, sheet: name },
    paragraphs: docx.block.paragraphs.map((p) => ({ ...p, address: { ...p.address, sheet: name } })),
  };
  return {
    grid: { sheets: [...grid.sheets, sheet] },
    recognition: { ...recognition, narratives: [...recognition.narratives, block] },
    sheetName: name,
  };
}

/** Findings on the Word 说明's sheet get `source` and `paragraph`; `sheet` is the file name, `cell` A<paragraph>. */
export function markDocxFindings(report: Report, sheetName: string, source: string): Report {
  const findings = report.findings.map((f): DocxFinding => {
    if (f.sheet !== sheetName) return f;
    const m = /^A(\d+)/.exec(f.cell);
    return m ? { ...f, sheet: source, source, paragraph: Number(m[1]) } : { ...f, sheet: source, source };
  });
  return { ...report, findings };
}
