// Marking findings in Excel: one batch that reads the cells' fills and notes, one that writes. Earlier marks
// are undone in the same write batch, so re-checking never stacks marks or forgets an original fill.
import { parseA1 } from '../engine/grid/address';
import { MARK_FILL, groupByCell, noteText, worstSeverity } from '../engine/mark-style';
import type { Finding } from '../engine/report';
import {
  cellKey,
  currentFill,
  hasOurFill,
  noteOwner,
  queueProbes,
  queueRemoveOurAnnotation,
  queueRestore,
  type CellProbe,
} from './cell-probe';
import type { CommentLike, ExcelContextLike, MarkCapabilities } from './excel-api';
import { loadSheetNames } from './read-workbook';
import { loadMarks, saveMarks, type MarkRecord, type SettingsStore } from './settings';

/** What a mark batch did, for the status line. */
export interface MarkResult {
  /** Cells filled. */
  cells: number;
  /** Findings that point at no existing cell (sheet gone, not A1) and were not marked. */
  skipped: number;
}

interface Target {
  sheet: string;
  cell: string;
  findings: Finding[];
}

/** Findings grouped by cell, keeping only cells on sheets that exist. */
export function markTargets(findings: readonly Finding[], sheets: ReadonlySet<string>): { targets: Target[]; skipped: number } {
  const targets: Target[] = [];
  let skipped = 0;
  const normalized = findings.map((f) => ({ ...f, cell: f.cell.replace(/\$/g, '').toUpperCase() }));
  for (const group of groupByCell(normalized).values()) {
    const { sheet, cell } = group[0];
    if (sheets.has(sheet) && parseA1(cell)) targets.push({ sheet, cell, findings: group });
    else skipped += group.length;
  }
  return { targets, skipped };
}

/**
 * Cells per probe + write pair of syncs. A marked cell costs ~125 bytes of request (address, fill, note), so
 * 5,000 cells stay near 0.6 MB, far under the 5 MB request limit of Excel on the web even with long notes.
 */
export const MAX_MARK_CELLS_PER_SYNC = 5_000;

/** Cut `items` into consecutive chunks of at most `size` (at least one chunk, possibly empty). */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/**
 * Fill each finding's cell and put a note on it, after undoing earlier marks. Two context.sync() calls per
 * MAX_MARK_CELLS_PER_SYNC cells (so two for any ordinary workbook; one more when `sheetNames` is not known yet).
 * Never writes a value or formula.
 */
export async function markCells(
  context: ExcelContextLike,
  findings: readonly Finding[],
  store: SettingsStore,
  caps: MarkCapabilities,
  sheetNames?: readonly string[],
  cellsPerSync = MAX_MARK_CELLS_PER_SYNC,
): Promise<MarkResult> {
  const sheets = new Set(sheetNames ?? (await loadSheetNames(context)));
  const earlier = loadMarks(store).filter((m) => sheets.has(m.sheet));
  const { targets, skipped } = markTargets(findings, sheets);
  const targetKeys = new Set(targets.map((t) => cellKey(t.sheet, t.cell)));
  // Cells only un-marked first, then cells marked now: each chunk probes and writes its own cells.
  const work: (MarkRecord | Target)[] = [...earlier.filter((m) => !targetKeys.has(cellKey(m.sheet, m.cell))), ...targets];
  const earlierByKey = new Map(earlier.map((m) => [cellKey(m.sheet, m.cell), m]));
  const records: MarkRecord[] = [];
  for (const chunk of chunked(work, cellsPerSync)) {
    records.push(...(await markChunk(context, chunk, earlierByKey, caps)));
  }
  await saveMarks(store, records);
  return { cells: targets.length, skipped };
}

function isTarget(x: MarkRecord | Target): x is Target {
  return 'findings' in x;
}

/** One probe sync and one write sync for a chunk of cells to un-mark or mark; returns the new marks. */
async function markChunk(
  context: ExcelContextLike,
  chunk: readonly (MarkRecord | Target)[],
  earlierByKey: ReadonlyMap<string, MarkRecord>,
  caps: MarkCapabilities,
): Promise<MarkRecord[]> {
  const targets = chunk.filter(isTarget);
  const restoreOnly = chunk.filter((x): x is MarkRecord => !isTarget(x));
  const again = targets.map((t) => earlierByKey.get(cellKey(t.sheet, t.cell))).filter((m): m is MarkRecord => m !== undefined);
  const probes = queueProbes(context, [...restoreOnly, ...again, ...targets], caps);
  await context.sync();
  for (const old of restoreOnly) queueRestore(probes.get(cellKey(old.sheet, old.cell)) as CellProbe, old);
  // Marked again: queueMark rewrites fill and our note in place; an old comment is replaced.
  for (const old of again) if (old.added === 'comment') queueRemoveOurAnnotation(probes.get(cellKey(old.sheet, old.cell)) as CellProbe, old);
  const pending = targets.map((t) => queueMark(context, probes.get(cellKey(t.sheet, t.cell)) as CellProbe, t, earlierByKey.get(cellKey(t.sheet, t.cell)), caps));
  await context.sync();
  return pending.map(({ record, comment }) => (comment ? { ...record, commentId: comment.id } : record));
}

/** Queue the fill and the note of one cell; returns what to remember about it. */
function queueMark(
  context: ExcelContextLike,
  probe: CellProbe,
  target: Target,
  earlier: MarkRecord | undefined,
  caps: MarkCapabilities,
): { record: MarkRecord; comment?: CommentLike } {
  const markColor = MARK_FILL[worstSeverity(target.findings)];
  const original = earlier && hasOurFill(probe, earlier) ? earlier.original : currentFill(probe);
  probe.range.format.fill.color = markColor;
  const record: MarkRecord = { sheet: target.sheet, cell: target.cell, original, markColor, added: null };
  const text = noteText(target.findings);
  if (caps.notes) {
    // A note the user wrote stays untouched: the fill alone marks that cell.
    const owner = noteOwner(probe);
    if (owner === 'ours' && probe.note) probe.note.content = text;
    else if (owner === 'none') context.workbook.worksheets.getItem(target.sheet).notes.add(target.cell, text);
    if (owner !== 'user') record.added = 'note';
    return { record };
  }
  if (caps.comments) {
    const comment = context.workbook.comments.add(probe.range, text);
    comment.load('id');
    record.added = 'comment';
    return { record, comment };
  }
  return { record };
}
