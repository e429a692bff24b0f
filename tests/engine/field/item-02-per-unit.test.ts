// Issue 17 item 2: per-unit tables (部门预算支出总表（分单位）, 收入总表 by 单位).
import { perUnitCase, perUnitOnlyCase } from '../../fixtures/field/per-unit';
import { expectCase } from './expect-case';

describe('item 2: per-unit tables', () => {
  expectCase(perUnitCase);
  expectCase(perUnitOnlyCase);
});
