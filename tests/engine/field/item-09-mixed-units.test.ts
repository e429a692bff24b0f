// Issue 17 item 9: 元 in one table, 万元 in another, compared correctly across tables.
import { mixedUnitsCase000, mixedUnitsCaseWanli } from '../../fixtures/field/mixed-units';
import { expectCase } from './expect-case';

describe('item 9: mixed units', () => {
  expectCase(mixedUnitsCase000);
  expectCase(mixedUnitsCaseWanli);
});
