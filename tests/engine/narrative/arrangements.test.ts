// The draft and the narrative check do not depend on how the tables are laid out or on their unit.
import { draftNarrative, draftToText } from '../../../src/engine/narrative/draft';
import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { specToGrid } from '../../fixtures/workbook-spec';
import { inYuan, stacked, withSpacers, type Arrangement } from '../../fixtures/seeds/arrangements';
import { seed000Blocks } from '../../fixtures/seeds/seed000';
import { narrative000 } from '../../fixtures/seeds/seed000-narrative';
import { narrativeFindings, tablesOnly } from './support/seeds';

const baseline = draftToText(draftNarrative(tablesOnly('000')));

describe.each([
  ['in 元', inYuan],
  ['stacked on one sheet', stacked],
  ['with spacer rows and columns', withSpacers],
] as [string, (b: ReturnType<typeof seed000Blocks>, n: ReturnType<typeof narrative000>) => Arrangement][])(
  'seed 000 %s',
  (_name, arrange) => {
    const grid = specToGrid(arrange(seed000Blocks(), narrative000()).spec);
    const rec = recognizeWorkbook(grid);

    it('drafts the same text, in 万元', () => {
      expect(draftToText(draftNarrative(rec.tables))).toBe(baseline);
    });

    it('finds no mismatch in the seed\'s own text (its punctuation slips only)', () => {
      expect(narrativeFindings(grid, rec).filter((f) => f.rule !== 'narrative/punctuation')).toEqual([]);
    });
  },
);
