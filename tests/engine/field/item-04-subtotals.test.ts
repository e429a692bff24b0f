// Issue 17 item 4: 小计 rows inside tables (人员经费小计 / 公用经费小计 blocks in the 基本支出表).
import { subtotalCase } from '../../fixtures/field/subtotals';
import { expectCase } from './expect-case';

describe('item 4: 小计 rows', () => {
  expectCase(() => subtotalCase('top'));
  expectCase(() => subtotalCase('bottom'));
});
