// A workbook's own in-workbook links (a 目录 sheet's "place in this document" links) survive annotating,
// although exceljs drops them when it loads a file.
import JSZip from 'jszip';
import { annotateWorkbook } from '../../src/xlsx/annotate';
import { collectInternalLinks, decodeXmlAttr, insertLinkTags, internalLinkTags } from '../../src/xlsx/annotate-keep-links';
import { RESULTS_SHEET_NAME } from '../../src/xlsx/annotate-results-sheet';
import { FINDINGS, fixtureBytes, OTHER } from './annotate-fixture';

const LINK = '<hyperlink ref="A2" location="&apos;Tom&apos;&apos;s 表&apos;!B2" display="办公费"/>';

describe('helpers', () => {
  it('decodes XML attribute entities', () => {
    expect(decodeXmlAttr('Tom&apos;s &amp; &lt;表&gt; &#x4E00;&#20108;')).toBe("Tom's & <表> 一二");
  });

  it('takes only links without a relationship', () => {
    const xml = `<hyperlinks>${LINK}<hyperlink ref="B1" r:id="rId1"/><hyperlink ref="C1" r:id="rId2" location="x!A1"/></hyperlinks>`;
    expect(internalLinkTags(xml)).toEqual([LINK]);
  });

  it('adds to an existing <hyperlinks> or creates one before <pageMargins>', () => {
    const withLinks = '<worksheet><sheetData/><hyperlinks><hyperlink ref="B1" r:id="rId1"/></hyperlinks><pageMargins/></worksheet>';
    expect(insertLinkTags(withLinks, [LINK])).toBe(
      `<worksheet><sheetData/><hyperlinks><hyperlink ref="B1" r:id="rId1"/>${LINK}</hyperlinks><pageMargins/></worksheet>`,
    );
    const without = '<worksheet><sheetData/><dataValidations/><pageMargins left="0.7"/></worksheet>';
    expect(insertLinkTags(without, [LINK])).toBe(
      `<worksheet><sheetData/><dataValidations/><hyperlinks>${LINK}</hyperlinks><pageMargins left="0.7"/></worksheet>`,
    );
  });
});

describe('annotating a workbook that has in-workbook links', () => {
  it("keeps a previous results sheet's links when an annotated copy is annotated again", async () => {
    const once = await annotateWorkbook(await fixtureBytes(), FINDINGS);
    const twice = await annotateWorkbook(once, FINDINGS);
    const links = await collectInternalLinks(await JSZip.loadAsync(twice));
    expect(links.get(RESULTS_SHEET_NAME)).toHaveLength(7);
    expect(links.get(`${RESULTS_SHEET_NAME}(2)`)).toHaveLength(7);
    expect(links.get(RESULTS_SHEET_NAME)).toEqual(links.get(`${RESULTS_SHEET_NAME}(2)`));
  });

  it('keeps a link written by another program on an original sheet', async () => {
    const input = await JSZip.loadAsync(await fixtureBytes());
    const path = 'xl/worksheets/sheet2.xml';
    const xml = await input.file(path)!.async('string');
    input.file(path, insertLinkTags(xml, ['<hyperlink ref="A3" location="&apos;收支 总表&apos;!A1" display="合计"/>']));
    // Precondition: the link sits on Tom's 表 and exceljs would drop it.
    expect((await collectInternalLinks(input)).get(OTHER)).toHaveLength(1);
    const bytes = await input.generateAsync({ type: 'uint8array' });
    const links = await collectInternalLinks(await JSZip.loadAsync(await annotateWorkbook(bytes, FINDINGS)));
    expect(links.get(OTHER)).toEqual(['<hyperlink ref="A3" location="&apos;收支 总表&apos;!A1" display="合计"/>']);
  });
});
