// How big a workbook may get once inflated, checked from the zip's central directory before anything is inflated
// (and the cell count while sheets are read), so a zip bomb is refused with a sentence instead of ending the
// process out of memory. The figures are documented in README.md (限制).
import { WorkbookReadError } from './sniff';
import type { ZipDirectory } from './zip';

/** The limits a workbook must stay within; tests pass smaller ones. */
export interface ReadLimits {
  /** Sum of the declared uncompressed sizes of all parts. */
  maxTotalBytes: number;
  /** Compression ratio above which a large part is refused (real sheets compress 5-100 times). */
  maxRatio: number;
  /** Parts smaller than this are never refused for their ratio. */
  ratioFloorBytes: number;
  /** Cells holding a value, a formula or an error, over all sheets. */
  maxCells: number;
}

/**
 * 1 GiB of XML, ratio 500 on parts over 32 MiB, 3 million cells when the memory is not known. A 200-unit 部门
 * workbook has ~52,000 rows and ~190,000 cells; a cell costs ~260 bytes as a Grid and ~560 at the peak of a check.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 500,
  ratioFloorBytes: 32 * 1024 * 1024,
  maxCells: 3_000_000,
};

/** Peak memory of reading and checking, per cell, with room to spare (measured ~560 bytes: docs/bench.md). */
const CHECK_BYTES_PER_CELL = 800;
/** exceljs (the annotated copy) holds ~1.5 KB per cell; twice that leaves room for writing the copy. */
const ANNOTATE_BYTES_PER_CELL = 3000;

/** The limits for a JavaScript heap of this size (Node's heap_size_limit, Chrome's jsHeapSizeLimit). */
export function limitsForHeap(heapBytes: number | undefined): ReadLimits {
  if (!heapBytes || !Number.isFinite(heapBytes)) return DEFAULT_LIMITS;
  return { ...DEFAULT_LIMITS, maxCells: Math.max(200_000, Math.floor(heapBytes / CHECK_BYTES_PER_CELL)) };
}

/** Most cells an annotated copy can be written for with this heap (exceljs loads the whole workbook). */
export function annotateCellLimit(heapBytes: number | undefined): number {
  if (!heapBytes || !Number.isFinite(heapBytes)) return 700_000;
  return Math.max(50_000, Math.floor(heapBytes / ANNOTATE_BYTES_PER_CELL));
}

/** The WorkbookReadError for a workbook over a limit; `what` says which one. */
export function tooLarge(what: string): WorkbookReadError {
  return new WorkbookReadError(
    `文件解压后过大（${what}），超出本工具的处理上限，为避免耗尽内存已停止读取。` +
      '如果这是正常的预算公开表格，请删除多余的工作表或空白行列后另存再试；来历不明的文件请不要打开。',
  );
}

function mb(n: number): string {
  return `${Math.round(n / 1024 / 1024).toLocaleString('en-US')} MB`;
}

/** Refuse a package whose declared sizes or ratios are past the limits, before inflating any part. */
export function checkZipLimits(dir: ZipDirectory, limits: ReadLimits = DEFAULT_LIMITS): void {
  let total = 0;
  for (const e of dir.values()) total += e.size;
  if (total > limits.maxTotalBytes) throw tooLarge(`共 ${mb(total)}，上限 ${mb(limits.maxTotalBytes)}`);
  for (const e of dir.values()) {
    if (e.size > limits.ratioFloorBytes && e.size > limits.maxRatio * Math.max(1, e.compressedSize)) {
      throw tooLarge(`「${e.name}」压缩比超过 ${limits.maxRatio} 倍`);
    }
  }
}

/** The WorkbookReadError for a workbook with more cells than `max`. */
export function tooManyCells(max: number): WorkbookReadError {
  return tooLarge(`超过 ${max.toLocaleString('en-US')} 个有内容的单元格，这台电脑的内存处理不了`);
}

/** Counts cells as sheets are read and refuses the workbook past the limit. */
export class CellBudget {
  private count = 0;

  constructor(private readonly max: number) {}

  /** Call once per stored cell. */
  take(): void {
    if (++this.count > this.max) throw tooManyCells(this.max);
  }
}
