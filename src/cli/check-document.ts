// `check` on any document: the engine's report, plus where a PDF finding is printed (page, line) and, with
// --narrative, the Word 说明 checked against the tables (each finding at its paragraph).
import { basename } from 'node:path';
import { checkRecognized, type CheckOptions } from '../engine/check';
import type { Report } from '../engine/report';
import type { Recognition } from '../engine/tables/recognize';
import { docxNarrative, markDocxFindings, withDocxNarrative } from '../readers/docx/narrative-docx';
import { readDocxParagraphs } from '../readers/docx/read-docx';
import { locateFindings } from '../readers/pdf/locate';
import type { ReadDocument } from '../readers/read-document';
import { WorkbookReadError } from '../xlsx/read-workbook';
import { UserInputError } from './io';
import { readInputFile } from './load';

async function readNarrative(path: string) {
  try {
    return docxNarrative(basename(path), await readDocxParagraphs(readInputFile(path)));
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new UserInputError(`${path}：${e.message}`);
    throw e;
  }
}

/** Check a read document (and optionally a Word 说明 file) into the report the CLI prints. */
export async function checkDocument(
  doc: ReadDocument,
  recognition: Recognition,
  file: string,
  options: CheckOptions,
  narrativePath?: string,
): Promise<Report> {
  if (!narrativePath) {
    const report = checkRecognized(doc.grid, recognition, file, options);
    return doc.spots ? locateFindings(report, doc.spots) : report;
  }
  const docx = await readNarrative(narrativePath);
  const joined = withDocxNarrative(doc.grid, recognition, docx);
  const report = checkRecognized(joined.grid, joined.recognition, file, options);
  const located = doc.spots ? locateFindings(report, doc.spots) : report;
  return markDocxFindings(located, joined.sheetName, docx.source);
}
