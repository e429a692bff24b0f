// --prior takes last year's figures as PRIOR.json, or reads them from last year's disclosure (.xlsx, .xls/.et,
// .ods, or the published PDF) and lists where each figure was found.
import { priorWithSources, type PriorSource } from '../engine/narrative/prior-sources';
import type { PriorYear } from '../engine/narrative/types';
import { recognizeWorkbook } from '../engine/tables/recognize';
import { detectFormat } from '../readers/format';
import { priorSourceText } from '../readers/prior-source-text';
import type { ReadDocument } from '../readers/read-document';
import { readPriorFile } from './prior-json';
import { UserInputError } from './io';
import { loadDocument, readInputFile } from './load';

/** Last year's figures and, when read from a disclosure, the lines saying where each came from. */
export interface PriorInput {
  prior: PriorYear;
  listing: string[];
}

/** Lines for the clerk: one per figure, with its table and cell (or page and line). */
export function priorListing(file: string, doc: ReadDocument, prior: PriorYear, sources: readonly PriorSource[]): string[] {
  const year = prior.year !== undefined ? `（${prior.year} 年）` : '';
  return [`上年数取自「${file}」${year}：`, ...sources.map((s) => `  ${s.label} ${s.value} 万元 —— ${priorSourceText(s, doc.spots)}`)];
}

/** Read --prior: JSON by content, else any disclosure the readers take. */
export async function readPriorInput(file: string): Promise<PriorInput> {
  if (detectFormat(readInputFile(file)) === 'other') return { prior: readPriorFile(file), listing: [] };
  const doc = await loadDocument(file);
  const { tables } = recognizeWorkbook(doc.grid);
  if (tables.length === 0) throw new UserInputError(`${file} 中没有识别到上年的部门预算表格，无法读取上年数据。`);
  const { prior, sources } = priorWithSources(tables);
  if (sources.length === 0) throw new UserInputError(`${file} 的表格中没有找到上年的收支总计、基本支出、项目支出或“三公”经费等数字。`);
  return { prior, listing: priorListing(file, doc, prior, sources) };
}
