// Marking findings in Excel. One batch learns the sheets, the records and the comments; then, per chunk of cells
// sized by bytes: one batch reads the cells, one saves the records *before* any fill is written and writes the
// fills (undoing earlier marks), one writes the notes. A refused note never costs a fill its original colour.
import { parseA1 } from '../engine/grid/address';
import { MARK_FILL, groupByCell, noteText, worstSeverity } from '../engine/mark-style';
import type { Finding } from '../engine/report';
import type { MarkOutcome } from '../host/workbook-host';
import { syncAnnotations, type Annotation } from './annotate-cells';
import { cellKey, currentFill, noteOwner, queueProbes, type CellProbe } from './cell-probe';
import { commentIndex, NO_COMMENTS, queueCommentLocations, type CommentIndex } from './comment-index';
import type { CommentCollectionLike, ExcelContextLike, MarkCapabilities } from './excel-api';
import { isFill, isGradient, isMarkFill, queueSetFill } from './fill';
import { current, loadMarkState, queueSaveMarks, type LiveRecord, type MarkRecord } from './mark-records';
import type { SheetIndex, SheetInfo } from './sheet-info';
import { BATCH_BUDGET, groupBySize, textBytes } from './wire-size';

/** Request bytes of one marked cell over its probe, write and note batches, before the note's own text. */
export const MARK_CELL_BYTES = 1_200;
/** Request bytes of one cell whose earlier mark is undone. */
export const RESTORE_CELL_BYTES = 1_000;
/** Bytes of one record in the settings (written with every write batch). */
export const RECORD_BYTES = 260;
/** Most cells marked at once (errors first): keeps the records, written with every batch, small. */
export const MAX_MARKED_CELLS = 10_000;

/** A cell to mark. */
export interface MarkTarget {
  sheet: SheetInfo;
  cell: string;
  key: string;
  findings: Finding[];
  note: string;
}

/** Options for tests: the byte budget of one batch, the most cells to mark. */
export interface MarkOptions {
  budget?: number;
  maxCells?: number;
}

/** Findings grouped by cell on sheets that exist, errors first; the rest are counted as skipped. */
export function markTargets(findings: readonly Finding[], sheets: SheetIndex): { targets: MarkTarget[]; skipped: number } {
  const targets: MarkTarget[] = [];
  let skipped = 0;
  const normalized = findings.map((f) => ({ ...f, cell: f.cell.replace(/\$/g, '').toUpperCase() }));
  for (const group of groupByCell(normalized).values()) {
    const sheet = sheets.byName(group[0].sheet);
    const cell = group[0].cell;
    if (sheet && parseA1(cell)) targets.push({ sheet, cell, key: cellKey(sheet.id, cell), findings: group, note: noteText(group) });
    else skipped += group.length;
  }
  const rank = { error: 0, warning: 1, info: 2 };
  return { targets: targets.map((t, i) => ({ t, i })).sort((a, b) => rank[worstSeverity(a.t.findings)] - rank[worstSeverity(b.t.findings)] || a.i - b.i).map((x) => x.t), skipped };
}

interface MarkPlan {
  target: MarkTarget;
  record: MarkRecord;
  annotation?: Annotation;
  /** The clerk's own note or comment is on the cell: the fill alone marks it. */
  theirs: boolean;
}

type Work = { restore: LiveRecord; key: string } | { target: MarkTarget; key: string };

/** What a mark run keeps between its chunks. */
interface MarkRun {
  context: ExcelContextLike;
  caps: MarkCapabilities;
  sheets: SheetIndex;
  earlier: Map<string, LiveRecord>;
  /** The records as they are to be saved (cells marked or still to undo, by key). */
  state: Map<string, MarkRecord>;
  orphans: MarkRecord[];
  comments: CommentCollectionLike | null;
  index: CommentIndex;
  outcome: MarkOutcome;
}

const liveKey = (l: LiveRecord) => cellKey(l.sheet.id, l.record.cell);

/** Fill each finding's cell and note it, after undoing earlier marks. Never writes a value or formula. */
export async function markCells(context: ExcelContextLike, findings: readonly Finding[], caps: MarkCapabilities, options: MarkOptions = {}): Promise<MarkOutcome> {
  const budget = options.budget ?? BATCH_BUDGET;
  const { sheets, live, orphans, comments } = await loadMarkState(context, caps);
  const found = markTargets(findings, sheets);
  const wanted = found.targets.slice(0, options.maxCells ?? MAX_MARKED_CELLS);
  const targets = wanted.filter((t) => !t.sheet.isProtected);
  const outcome: MarkOutcome = {
    cells: 0,
    skipped: found.skipped,
    protectedSheets: [...new Set(wanted.filter((t) => t.sheet.isProtected).map((t) => t.sheet.name))],
    gradient: 0,
    unannotated: 0,
    overLimit: found.targets.length - wanted.length,
  };
  const targetKeys = new Set(targets.map((t) => t.key));
  const work: Work[] = [
    ...live.filter((l) => !l.sheet.isProtected && !targetKeys.has(liveKey(l))).map((l) => ({ restore: l, key: liveKey(l) })),
    ...targets.map((t) => ({ target: t, key: t.key })),
  ];
  if (work.length === 0) return outcome;
  const run: MarkRun = {
    context, caps, sheets, orphans, comments, outcome,
    earlier: new Map(live.map((l) => [liveKey(l), l])),
    state: new Map(live.map((l) => [liveKey(l), current(l)])),
    index: NO_COMMENTS,
  };
  const recordBytes = (live.length + targets.length + orphans.length) * RECORD_BYTES;
  const size = (w: Work) => ('target' in w ? MARK_CELL_BYTES + textBytes(w.target.note) : RESTORE_CELL_BYTES);
  for (const [i, chunk] of groupBySize(work, size, Math.max(budget / 4, budget - recordBytes)).entries()) await markChunk(run, chunk, i === 0);
  return outcome;
}

/** One chunk: read its cells, save the records then write the fills, then save the records again with the notes. */
async function markChunk(run: MarkRun, chunk: readonly Work[], first: boolean): Promise<void> {
  const { context, caps, state } = run;
  const save = () => queueSaveMarks(context, [...state.values(), ...run.orphans]);
  const restores = chunk.flatMap((w) => ('restore' in w ? [w.restore] : []));
  const marks = chunk.flatMap((w) => ('target' in w ? [w.target] : []));
  const probes = queueProbes(context, [...restores.map((r) => ({ sheet: r.sheet, cell: r.record.cell })), ...marks], caps);
  const located = first && run.comments ? queueCommentLocations(run.comments) : null;
  await context.sync();
  if (located) run.index = commentIndex(located, run.sheets);
  const plans = marks.map((t) => planMark(t, probes.get(t.key) as CellProbe, run.earlier.get(t.key), run.index, caps));
  for (const p of plans) state.set(p.target.key, p.record);
  save();
  for (const r of restores) queueRestore(probes.get(liveKey(r)) as CellProbe, r.record, run.index);
  for (const p of plans) queueMarkFill(probes.get(p.target.key) as CellProbe, p, run.index);
  await context.sync();
  for (const r of restores) state.delete(liveKey(r));
  const failed = await syncAnnotations(context, plans.flatMap((p) => (p.annotation ? [p.annotation] : [])), caps, run.sheets, save);
  run.outcome.cells += plans.length;
  run.outcome.gradient += plans.filter((p) => p.record.markColor === null).length;
  run.outcome.unannotated += plans.filter((p) => p.theirs).length + failed.size;
}

/** What to write to one cell: the original fill to remember (never our mark colour) and the note. */
function planMark(target: MarkTarget, probe: CellProbe, earlier: LiveRecord | undefined, index: CommentIndex, caps: MarkCapabilities): MarkPlan {
  const now = currentFill(probe);
  const gradient = isGradient(now);
  const before = earlier?.record;
  const stillOurs = before?.markColor != null && isFill(now, before.markColor);
  const original = gradient ? null : stillOurs && before ? before.original : isMarkFill(now) ? null : now;
  const record: MarkRecord = {
    sheetId: target.sheet.id,
    sheet: target.sheet.name,
    cell: target.cell,
    original,
    markColor: gradient ? null : MARK_FILL[worstSeverity(target.findings)],
    added: null,
  };
  const theirComment = index.users.has(target.key);
  const base = { key: target.key, text: target.note, probe };
  if (caps.notes) {
    const owner = noteOwner(probe);
    if (owner === 'user' || (owner === 'none' && theirComment)) return { target, record, theirs: true };
    return { target, record: { ...record, added: 'note' }, annotation: { ...base, kind: owner === 'ours' ? 'update-note' : 'add-note' }, theirs: false };
  }
  if (caps.comments) {
    if (theirComment) return { target, record, theirs: true };
    return { target, record: { ...record, added: 'comment' }, annotation: { ...base, kind: 'add-comment' }, theirs: false };
  }
  return { target, record, theirs: false };
}

/** Queue our solid mark fill (unless the cell has a gradient) and drop our old comment there. */
function queueMarkFill(probe: CellProbe, plan: MarkPlan, index: CommentIndex): void {
  if (plan.record.markColor !== null) {
    probe.range.format.fill.clear();
    probe.range.format.fill.color = plan.record.markColor;
  }
  for (const c of index.ours.get(plan.target.key) ?? []) c.delete();
}

/** Queue undoing one earlier mark: the original fill (unless the clerk recoloured the cell since) and our notes. */
export function queueRestore(probe: CellProbe, record: MarkRecord, index: CommentIndex): void {
  if (record.markColor !== null && isFill(currentFill(probe), record.markColor)) queueSetFill(probe.range, record.original);
  if (noteOwner(probe) === 'ours') probe.note?.delete();
  for (const c of index.ours.get(cellKey(probe.sheet.id, probe.cell)) ?? []) c.delete();
}
