// The .docx opens (it is a zip with word/document.xml) and holds real headings and the draft's figures.
import JSZip from 'jszip';
import { draftNarrative, draftToParagraphs } from '../../src/engine/narrative/draft';
import { draftToDocx } from '../../src/export/docx';
import { tablesOnly } from '../engine/narrative/support/seeds';

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('no word/document.xml');
  return file.async('string');
}

/** Paragraph texts with their style, in order. */
function paragraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? null;
    const text = [...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return { style, text };
  });
}

describe('draftToDocx', () => {
  const draft = draftNarrative(tablesOnly('000'), { prior: { total: '3068.24', basic: '509.44', project: '2558.80' } });

  it('writes a zip Word can open, with the title, Heading1/Heading2 headings and every paragraph', async () => {
    const bytes = await draftToDocx(draft);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const paras = paragraphs(await documentXml(bytes));
    const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
    expect(paras.map((p) => unescape(p.text))).toEqual(draftToParagraphs(draft));
    expect(paras[0]).toEqual({ style: 'Title', text: draft.title });
    expect(paras.find((p) => p.text === '四、财政拨款“三公”经费预算情况及增减变化原因')?.style).toBe('Heading1');
    expect(paras.find((p) => p.text === '1、收入说明')?.style).toBe('Heading2');
  });

  it('carries the figures and the changes', async () => {
    const xml = await documentXml(await draftToDocx(draft));
    for (const figure of ['3232.07', '576.27', '536.65', '39.62', '2655.80', '163.83', '66.83', '97.00', '71.00']) {
      expect(xml).toContain(figure);
    }
  });
});
