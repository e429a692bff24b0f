// Note boxes sized to their text so a finding's explanation is not clipped in Excel.
import JSZip from 'jszip';
import { noteText } from '../../src/engine/mark-style';
import { annotateWorkbook } from '../../src/xlsx/annotate';
import { boxKey, noteBox, resizeNoteShapes } from '../../src/xlsx/annotate-note-size';
import { FINDINGS, fixtureBytes } from './annotate-fixture';

const SHAPE = (row: number, col: number): string =>
  `<v:shape id="s${row}" style="position:absolute; margin-left:105.3pt;width:97.8pt;height:59.1pt;z-index:1">` +
  `<x:ClientData ObjectType="Note"><x:Anchor>${col + 1}, 6, ${Math.max(row - 1, 0)}, 14, ${col + 3}, 2, ${row + 3}, 16</x:Anchor>` +
  `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;

describe('noteBox', () => {
  it('keeps a short note at the minimum size', () => {
    expect(noteBox('【预算公开校验】\n提示：表头')).toEqual({ cols: 4, rows: 4 });
  });

  it('grows with wrapped Chinese lines and stops at a maximum', () => {
    const long = noteText([
      { rule: 'r', severity: 'error', sheet: 's', cell: 'A1', message: '款「社会保障和就业支出」为 60.25，所属各项之和为 60.35，相差 0.10', expected: '60.35', actual: '60.25' },
    ]);
    const box = noteBox(long);
    expect(box.rows).toBeGreaterThan(4);
    expect(noteBox(long).rows).toBeGreaterThan(noteBox('【预算公开校验】\n错误：短').rows);
    expect(noteBox('字'.repeat(5000)).rows).toBe(40);
  });
});

describe('resizeNoteShapes', () => {
  it('resizes only the shapes of the given cells, anchor and style together', () => {
    const vml = `<xml>${SHAPE(7, 4)}${SHAPE(2, 1)}</xml>`;
    const out = resizeNoteShapes(vml, new Map([[boxKey(7, 4), { cols: 4, rows: 10 }]]));
    expect(out).toContain('<x:Anchor>5, 6, 6, 14, 9, 2, 16, 16</x:Anchor>');
    expect(out).toContain('width:192pt;height:150pt');
    expect(out).toContain(SHAPE(2, 1));
  });
});

describe('the annotated copy', () => {
  it("sizes the marked cells' note boxes", async () => {
    const zip = await JSZip.loadAsync(await annotateWorkbook(await fixtureBytes(), FINDINGS));
    const vml = await zip.file('xl/drawings/vmlDrawing1.vml')!.async('string');
    const e8 = /<v:shape\b(?:(?!<\/v:shape>)[\s\S])*<x:Row>7<\/x:Row><x:Column>4<\/x:Column>[\s\S]*?<\/v:shape>/.exec(vml);
    expect(e8).not.toBeNull();
    const rows = noteBox(noteText([FINDINGS[0], FINDINGS[1]])).rows;
    expect(e8![0]).toContain(`height:${rows * 15}pt`);
    expect(e8![0]).toContain('width:192pt');
  });
});
