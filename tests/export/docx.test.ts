// The Word export as a government document (GB/T 9704): each convention is read back from the .docx XML.
import JSZip from 'jszip';
import { draftNarrative, draftToParagraphs, sectionBlocks } from '../../src/engine/narrative/draft';
import type { NarrativeDraft } from '../../src/engine/narrative/types';
import { draftToDocx } from '../../src/export/docx';
import { specToGrid } from '../fixtures/workbook-spec';
import { seed001Workbook } from '../fixtures/seeds/workbooks';
import { recognizeWorkbook } from '../../src/engine/tables/recognize';

interface Part { document: string; styles: string; settings: string; footers: string[] }

async function partsOf(bytes: Uint8Array): Promise<Part> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`no ${name}`);
    return f.async('string');
  };
  const footers = await Promise.all(zip.file(/^word\/footer\d+\.xml$/).map((f) => f.async('string')));
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), settings: await read('word/settings.xml'), footers };
}

interface Para { xml: string; text: string; inTable: boolean }

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

/** Every paragraph of the body, in order, marked when it sits in a table cell. */
function paras(xml: string): Para[] {
  const out: Para[] = [];
  const body = xml.slice(xml.indexOf('<w:body>'));
  const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (const m of body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)) {
    const at = m.index ?? 0;
    const inner = m[1] ?? m[2] ?? '';
    const text = unescape([...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    out.push({ xml: inner, text, inTable: tables.some(([a, b]) => at > a && at < b) });
  }
  return out;
}

function runFont(p: Para): { eastAsia: string | null; size: string | null; bold: boolean } {
  const run = /<w:r>[\s\S]*?<\/w:r>/.exec(p.xml)?.[0] ?? '';
  return {
    eastAsia: /w:eastAsia="([^"]+)"/.exec(run)?.[1] ?? null,
    size: /<w:sz w:val="(\d+)"/.exec(run)?.[1] ?? null,
    bold: /<w:b\/>|<w:b w:val="true"\/>/.test(run),
  };
}

describe('draftToDocx: a government document', () => {
  const grid = specToGrid(seed001Workbook().spec);
  const draft: NarrativeDraft = draftNarrative(recognizeWorkbook(grid).tables, {
    grid, date: '2026年3月5日', prior: { total: '4949.76', basic: '216.76', project: '4733.00' },
  });
  let parts: Part;
  let all: Para[];
  const find = (text: string) => {
    const p = all.find((x) => !x.inTable && x.text === text);
    if (!p) throw new Error(`paragraph not found: ${text}`);
    return p;
  };

  beforeAll(async () => {
    const bytes = await draftToDocx(draft);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    parts = await partsOf(bytes);
    all = paras(parts.document);
  });

  it('holds every heading and paragraph of the draft, in order, outside the tables', () => {
    const expected = draftToParagraphs({ ...draft, sections: draft.sections.map((s) => ({ ...s, tables: [] })) });
    const captions = draft.sections.flatMap((s) => (s.tables ?? []).flatMap((t) => [t.caption, t.note])).filter(Boolean);
    const texts = all.filter((p) => !p.inTable && p.text !== '' && !captions.includes(p.text)).map((p) => p.text);
    expect(texts).toEqual(expected);
  });

  it('title: 方正小标宋简体 二号 (22 pt), centered', () => {
    const p = find(draft.title);
    expect(runFont(p)).toMatchObject({ eastAsia: '方正小标宋简体', size: '44' });
    expect(p.xml).toContain('<w:jc w:val="center"/>');
  });

  it('headings by numbering: 一、 黑体 三号, （一） 楷体_GB2312 三号, 1、 仿宋_GB2312 bold', () => {
    expect(runFont(find('一、单位职责及机构设置情况'))).toMatchObject({ eastAsia: '黑体', size: '32', bold: false });
    expect(runFont(find('（二）项目绩效目标'))).toMatchObject({ eastAsia: '楷体_GB2312', size: '32', bold: false });
    expect(runFont(find('1、收入说明'))).toMatchObject({ eastAsia: '仿宋_GB2312', size: '32', bold: true });
    expect(find('一、单位职责及机构设置情况').xml).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('body: 仿宋_GB2312 三号, first line indented two characters, fixed 28 pt line spacing', () => {
    const p = all.find((x) => x.text.startsWith('反映本单位当年全部收入'));
    expect(p && runFont(p)).toMatchObject({ eastAsia: '仿宋_GB2312', size: '32' });
    expect(p?.xml).toContain('w:firstLine="640"');
    expect(p?.xml).toMatch(/<w:spacing [^>]*w:line="560"[^>]*w:lineRule="exact"/);
  });

  it('headings in black (Word\'s built-in heading styles are blue)', () => {
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(parts.styles)?.[0] ?? '';
      expect({ id, color: /<w:color w:val="([0-9A-F]+)"/.exec(style)?.[1] }).toEqual({ id, color: '000000' });
    }
  });

  it('margins 37 / 35 / 28 / 26 mm on A4', () => {
    const margin = /<w:pgMar ([^>]*)\/>/.exec(parts.document)?.[1] ?? '';
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]);
    const mm = (twips: number) => Math.round((twips * 25.4) / 1440);
    expect([mm(attr('top')), mm(attr('bottom')), mm(attr('left')), mm(attr('right'))]).toEqual([37, 35, 28, 26]);
    expect(parts.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('page numbers 「— 1 —」 in 4号宋体: odd pages right, even pages left', () => {
    expect(parts.settings).toContain('<w:evenAndOddHeaders/>');
    expect(parts.footers).toHaveLength(2);
    for (const f of parts.footers) {
      const text = [...f.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1] ?? `{${m[2]}}`).join('');
      expect(text).toBe('— {PAGE} —');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(parts.footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('落款 and date at the end, right-aligned, the date four characters from the margin', () => {
    const body = all.filter((p) => !p.inTable && p.text !== '');
    expect(body.slice(-2).map((p) => p.text)).toEqual(['临西县医疗保障局本级', '2026年3月5日']);
    expect(body[body.length - 1].xml).toContain('<w:jc w:val="right"/>');
    expect(body[body.length - 1].xml).toContain('w:right="1280"');
  });

  it('placeholders highlighted in yellow, the rest of the paragraph not', () => {
    const p = find('单位职责：');
    expect(p.xml).not.toContain('w:highlight');
    const holder = all.find((x) => x.text === '【请填写：单位职责】');
    expect(holder?.xml).toContain('<w:highlight w:val="yellow"/>');
    const mixed = all.find((x) => x.text.includes('主要原因是【请填写：基本支出增减原因】'));
    const runs = [...(mixed?.xml ?? '').matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => [/w:highlight/.test(m[1]), unescape(/<w:t[^>]*>([^<]*)</.exec(m[1])?.[1] ?? '')]);
    expect(runs.filter(([h]) => h).map(([, t]) => t)).toEqual(['【请填写：基本支出增减原因】', '【请填写：项目支出增减原因】']);
  });

  it('tables as real Word tables: one per draft table, header row repeated, cells as drafted', () => {
    const tables = draft.sections.flatMap((s) => sectionBlocks(s)).filter((b) => b.kind === 'table');
    const xmlTables = [...parts.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(xmlTables).toHaveLength(tables.length);
    expect(tables.length).toBeGreaterThanOrEqual(11);
    const org = xmlTables[0];
    const cells = [...org.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => unescape([...m[0].matchAll(/<w:t[^>]*>([^<]*)</g)].map((t) => t[1]).join('')));
    expect(cells).toEqual(['单位名称', '单位性质', '单位规格', '经费保障形式', '临西县医疗保障局本级', '行政', '正科级', '财政拨款']);
    expect(org).toContain('<w:tblHeader/>');
  });
});
