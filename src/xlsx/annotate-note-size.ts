// exceljs gives every note the same small box (2 columns x 4 rows), which clips a finding's explanation;
// this sizes each note's box to its text, in the VML drawing exceljs writes for a sheet's notes.

/** A note box in cells: its width in columns and height in rows. */
export interface NoteBox {
  cols: number;
  rows: number;
}

const BOX_COLS = 4;
/** Display units per line in a 4-column box (default column ≈ 8.4 units, less the box's margins). */
const UNITS_PER_LINE = 30;
const MIN_ROWS = 4;
const MAX_ROWS = 40;
const COL_PT = 48;
const ROW_PT = 15;

function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return w;
}

/** The box a note's text needs: wide CJK characters count double, each line wraps at the box width. */
export function noteBox(text: string): NoteBox {
  const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(displayWidth(l) / UNITS_PER_LINE)), 0);
  const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, Math.ceil(lines * 1.15) + 1));
  return { cols: BOX_COLS, rows };
}

/** Key of a note box by the 0-based row and column of its cell, as the VML's x:Row / x:Column give them. */
export function boxKey(row0: number, col0: number): string {
  return `${row0},${col0}`;
}

function resizeShape(shape: string, box: NoteBox): string {
  const anchor = /<x:Anchor>([^<]*)<\/x:Anchor>/.exec(shape);
  if (!anchor) return shape;
  const [l, lf, t, tf] = anchor[1].split(',').map((s) => Number(s.trim()));
  const rect = [l, lf, t, tf, l + box.cols, 2, t + box.rows, 16].join(', ');
  return shape
    .replace(anchor[0], `<x:Anchor>${rect}</x:Anchor>`)
    .replace(/width:[\d.]+pt/, `width:${box.cols * COL_PT}pt`)
    .replace(/height:[\d.]+pt/, `height:${box.rows * ROW_PT}pt`);
}

/** Resize the note shapes of one VML drawing whose cells have a box in `boxes`; others are left as they are. */
export function resizeNoteShapes(vml: string, boxes: ReadonlyMap<string, NoteBox>): string {
  return vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
    const row = /<x:Row>(\d+)<\/x:Row>/.exec(shape);
    const col = /<x:Column>(\d+)<\/x:Column>/.exec(shape);
    const box = row && col ? boxes.get(boxKey(Number(row[1]), Number(col[1]))) : undefined;
    return box ? resizeShape(shape, box) : shape;
  });
}
