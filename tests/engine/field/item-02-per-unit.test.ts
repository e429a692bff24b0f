// Issue 17 item 2: per-unit tables (部门预算支出总表（分单位）, 收入总表 by 单位).
import { perUnitCase, perUnitOnlyCase } from '../../fixtures/field/per-unit';
import { expectCase } from './expect-case';
import { PER_UNIT_ONLY } from './pending';

describe('item 2: per-unit tables', () => {
  expectCase(perUnitCase);
  expectCase(perUnitOnlyCase, { clean: PER_UNIT_ONLY, planted: PER_UNIT_ONLY });
});
