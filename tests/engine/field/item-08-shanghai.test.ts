// Issue 17 item 8: Shanghai's official 区级部门预算 template, with real published figures (万里街道 2025).
import { shanghaiCase, shanghaiVariantsCase } from '../../fixtures/field/shanghai-cases';
import { expectCase } from './expect-case';

describe('item 8: Shanghai templates', () => {
  expectCase(shanghaiCase);
  expectCase(shanghaiVariantsCase);
});
