// Issue 17 item 5: comparison columns 上年预算数 / 本年预算数 / 增减额 / 增减率.
import { comparisonCase000, comparisonCaseWanli } from '../../fixtures/field/comparison';
import { expectCase } from './expect-case';

describe('item 5: comparison columns', () => {
  expectCase(comparisonCase000);
  expectCase(() => comparisonCaseWanli('number'));
  expectCase(() => comparisonCaseWanli('parentheses'));
  expectCase(() => comparisonCaseWanli('minus-sign'));
});
