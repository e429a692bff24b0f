// Read a workbook file for a command: every way it can fail becomes one Chinese sentence.
import { readFileSync, statSync } from 'node:fs';
import type { Grid } from '../engine/grid/types';
import { computeFormulas } from '../engine/formula/compute-grid';
import { nodePdfResources } from '../readers/pdf/node-resources';
import { readDocument, type ReadDocument } from '../readers/read-document';
import { WorkbookReadError } from '../xlsx/read-workbook';
import { cliReadLimits } from './heap';
import { nodeInflateRaw } from './native-inflate';
import { UserInputError } from './io';

/** The bytes of an input file, or a UserInputError saying what is wrong with the path. */
export function readInputFile(path: string): Uint8Array {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new UserInputError(`找不到文件：${path}。请检查路径是否正确。`);
  }
  if (isDir) throw new UserInputError(`${path} 是一个文件夹，不是 Excel 文件。请指定 .xlsx 文件。`);
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    throw new UserInputError(`无法读取文件：${path}。请确认文件没有被其他程序占用，并且有读取权限。`);
  }
}

/** Read any supported file (.xlsx, .xls/.et, .ods, a text-layer PDF); WorkbookReadError becomes a UserInputError naming the file. */
export async function loadDocument(path: string): Promise<ReadDocument> {
  const bytes = readInputFile(path);
  try {
    const doc = await readDocument(bytes, { pdf: nodePdfResources(), xlsx: { limits: cliReadLimits(), inflateRaw: nodeInflateRaw } });
    // Formulas saved without a value get the value Excel would show, before anything reads the grid.
    return { ...doc, grid: computeFormulas(doc.grid) };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new UserInputError(`${path}：${e.message}`);
    throw e;
  }
}

/** Read and parse a workbook (any supported format) into its Grid. */
export async function loadGrid(path: string): Promise<Grid> {
  return (await loadDocument(path)).grid;
}
