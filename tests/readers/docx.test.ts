// The Word 说明 checked against the workbook: paragraphs read with mammoth, numbered as the clerk counts them
// (empty ones skipped), every narrative rule run on them, each finding at its paragraph (number + quote).
import { recognizeWorkbook } from '../../src/engine/tables/recognize';
import { checkRecognized } from '../../src/engine/check';
import { docxNarrative, markDocxFindings, withDocxNarrative, type DocxFinding } from '../../src/readers/docx/narrative-docx';
import { readDocxParagraphs } from '../../src/readers/docx/read-docx';
import { narrativeDocx } from '../fixtures/files/docx-files';
import { layoutPdf } from '../fixtures/files/pdf-layout';
import { onePerSheet } from '../fixtures/seeds/arrangements';
import { seed000Blocks } from '../fixtures/seeds/seed000';
import { narrative000Clean as narrative000 } from '../fixtures/seeds/workbooks';
import { specToGrid } from '../fixtures/workbook-spec';
import { oleFile } from '../robustness/bad-files';

const STATED = '2021年预算收入3232.07万元';

async function checkWith(docx: Uint8Array) {
  const grid = specToGrid(onePerSheet(seed000Blocks()).spec);
  const narrative = docxNarrative('情况说明.docx', await readDocxParagraphs(docx));
  const joined = withDocxNarrative(grid, recognizeWorkbook(grid), narrative);
  const report = checkRecognized(joined.grid, joined.recognition, '预算.xlsx');
  return { narrative, report: markDocxFindings(report, joined.sheetName, narrative.source) };
}

describe('Word 情况说明', () => {
  it('numbers the non-empty paragraphs in reading order, table cells included', async () => {
    const paragraphs = await readDocxParagraphs(await narrativeDocx(narrative000()));
    expect(paragraphs[0]).toEqual({ number: 1, text: narrative000().title });
    expect(paragraphs.map((p) => p.text)).toContain('灵寿县医疗保险管理中心');
    expect(paragraphs.every((p, i) => p.number === i + 1 && p.text !== '')).toBe(true);
  });

  it('the seed narrative agrees with its tables: no finding', async () => {
    const { report, narrative } = await checkWith(await narrativeDocx(narrative000()));
    expect(narrative.block.paragraphs.length).toBeGreaterThan(40);
    expect(report.findings.filter((f) => f.rule.startsWith('narrative/'))).toEqual([]);
  });

  it('a wrong figure is a finding at its paragraph: source, number, A<n>, the quote', async () => {
    const docx = await narrativeDocx(narrative000(), (t) => t.replace(STATED, '2021年预算收入3223.07万元'));
    const { report } = await checkWith(docx);
    const paragraphs = await readDocxParagraphs(docx);
    const n = paragraphs.find((p) => p.text.includes('3223.07'))!.number;
    const wrong = report.findings.filter((f) => f.rule === 'narrative/figure-mismatch') as DocxFinding[];
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ source: '情况说明.docx', paragraph: n, sheet: '情况说明.docx', cell: `A${n}`, expected: '3232.07' });
    expect(wrong[0].message).toContain('3223.07万元');
  });

  it('refuses what is not a .docx with one sentence saying what to do', async () => {
    await expect(readDocxParagraphs(oleFile(['WordDocument']))).rejects.toThrow(/97-2003.*另存为.*\.docx/);
    await expect(readDocxParagraphs(await layoutPdf([[{ text: '说明', x: 10, y: 10 }]]))).rejects.toThrow(/PDF/);
    await expect(readDocxParagraphs(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(/Word|损坏/);
  });
});
