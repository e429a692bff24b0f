// Issue 17 item 5: comparison columns 上年预算数 / 本年预算数 / 增减额 / 增减率.
import { comparisonCase000, comparisonCaseWanli } from '../../fixtures/field/comparison';
import { expectCase } from './expect-case';
import { INTEGER_CENTS } from './pending';

describe('item 5: comparison columns', () => {
  expectCase(comparisonCase000);
  // The comparison table sits in the 万里街道 book, whose one remaining false error is item 8's (see there).
  const book = { clean: '万里街道 book: ' + INTEGER_CENTS };
  expectCase(() => comparisonCaseWanli('number'), book);
  expectCase(() => comparisonCaseWanli('parentheses'), book);
  expectCase(() => comparisonCaseWanli('minus-sign'), book);
});
