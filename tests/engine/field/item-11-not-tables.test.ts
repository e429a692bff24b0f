// Issue 17 item 11: sheets that are not tables (封面, 目录, 人员信息, 资产卡片, helper sheets) are never recognized.
import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { DECOY_SHEETS, notTablesCase } from '../../fixtures/field/not-tables';
import { specToGrid } from '../../fixtures/workbook-spec';
import { expectCase } from './expect-case';

describe('item 11: sheets that are not tables', () => {
  expectCase(notTablesCase);

  it('recognizes seed 000’s eleven tables and nothing on the other sheets', () => {
    const { tables } = recognizeWorkbook(specToGrid(notTablesCase().spec));
    expect(tables.filter((t) => DECOY_SHEETS.includes(t.sheet)).map((t) => `${t.sheet} ${t.kind}`)).toEqual([]);
    expect(tables).toHaveLength(11);
  });
});
