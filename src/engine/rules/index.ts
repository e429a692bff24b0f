// The rule registry: every rule module is listed here once, in the order findings should be produced.
import type { Rule } from './define-rule';
import { rollupClassSum } from './rollup-class-sum';
import { rollupItemSum } from './rollup-item-sum';
import { rollupSectionSum } from './rollup-section-sum';
import { rollupTotalSum } from './rollup-total-sum';
import { rollupEconSum } from './rollup-econ-sum';
import { rowBasicSplit } from './row-basic-split';
import { rowExpenditureSplit } from './row-expenditure-split';
import { rowFundSplit } from './row-fund-split';
import { rowGrandTotal } from './row-grand-total';
import { rowIncomeSplit } from './row-income-split';
import { rowProjectSplit } from './row-project-split';
import { rowOfWhichWithin } from './row-of-which-within';
import { summaryBalance } from './summary-balance';
import { summaryExpenditureTotal } from './summary-expenditure-total';
import { summaryGrandTotals } from './summary-grand-totals';
import { summaryIncomeTotal } from './summary-income-total';
import { crossBasicVsGeneral } from './cross-basic-vs-general';
import { crossFiscalVsGeneral } from './cross-fiscal-vs-general';
import { crossFundTablesPresence } from './cross-fund-tables-presence';
import { crossGeneralVsExpenditure } from './cross-general-vs-expenditure';
import { crossOperatingVsPublic } from './cross-operating-vs-public';
import { crossSummaryVsExpenditure } from './cross-summary-vs-expenditure';
import { crossTotalsAgree } from './cross-totals-agree';
import { crossSummaryVsFiscal } from './cross-summary-vs-fiscal';
import { threePublicSum } from './three-public-sum';
import { threePublicVehicleVsBasic } from './three-public-vehicle-vs-basic';
import { comparisonChangeRate } from './comparison-change-rate';
import { comparisonChange } from './comparison-change';
import { rollupBlockSum } from './rollup-block-sum';
import { crossPerUnitTotal } from './cross-per-unit-total';
import { procurementSum } from './procurement-sum';
import { procurementPriceTimesQuantity } from './procurement-price-times-quantity';
import { fixedAssetsSum } from './fixed-assets-sum';
import { performanceCostExceedsBudget } from './performance-cost-exceeds-budget';
import { cellNotANumber } from './cell-not-a-number';
import { cellDecimals } from './cell-decimals';
import { cellNegative } from './cell-negative';
import { cellFormulaError } from './cell-formula-error';
import { cellFormulaUncomputed } from './cell-formula-uncomputed';
import { narrativeChangeArithmetic } from './narrative-change-arithmetic';
import { narrativeChangeWithoutReason } from './narrative-change-without-reason';
import { narrativeFigureMismatch } from './narrative-figure-mismatch';
import { narrativeLeftover } from './narrative-leftover';
import { narrativePartsSum } from './narrative-parts-sum';
import { narrativePercentage } from './narrative-percentage';
import { narrativeChangeRate } from './narrative-change-rate';
import { narrativeComparisonYear } from './narrative-comparison-year';
import { narrativeConflictingAmounts } from './narrative-conflicting-amounts';
import { narrativeOutdatedClassName } from './narrative-outdated-class-name';
import { narrativeEntityWording } from './narrative-entity-wording';
import { narrativeTemplateText } from './narrative-template-text';
import { narrativePunctuation } from './narrative-punctuation';
import { codesFormat } from './codes-format';
import { codesUnknown } from './codes-unknown';
import { codesNameMismatch } from './codes-name-mismatch';
import { codesNameConsistent } from './codes-name-consistent';
import { codesParentMissing } from './codes-parent-missing';
import { codesOrder } from './codes-order';
import { codesClassLines } from './codes-class-lines';
import { codesEconName } from './codes-econ-name';

export const RULES: readonly Rule[] = [
  codesFormat,
  codesUnknown,
  codesNameMismatch,
  codesNameConsistent,
  codesParentMissing,
  codesOrder,
  codesClassLines,
  codesEconName,
  rollupItemSum,
  rollupSectionSum,
  rollupClassSum,
  rollupTotalSum,
  rollupEconSum,
  rollupBlockSum,
  rowExpenditureSplit,
  rowIncomeSplit,
  rowBasicSplit,
  rowProjectSplit,
  rowOfWhichWithin,
  rowGrandTotal,
  rowFundSplit,
  summaryIncomeTotal,
  summaryExpenditureTotal,
  summaryGrandTotals,
  summaryBalance,
  crossSummaryVsExpenditure,
  crossTotalsAgree,
  crossPerUnitTotal,
  crossSummaryVsFiscal,
  crossFiscalVsGeneral,
  crossGeneralVsExpenditure,
  crossBasicVsGeneral,
  threePublicSum,
  threePublicVehicleVsBasic,
  comparisonChange,
  comparisonChangeRate,
  crossOperatingVsPublic,
  crossFundTablesPresence,
  procurementSum,
  procurementPriceTimesQuantity,
  fixedAssetsSum,
  performanceCostExceedsBudget,
  cellNotANumber,
  cellDecimals,
  cellNegative,
  cellFormulaError,
  cellFormulaUncomputed,
  narrativeFigureMismatch,
  narrativeChangeArithmetic,
  narrativePartsSum,
  narrativePercentage,
  narrativeChangeRate,
  narrativeComparisonYear,
  narrativeConflictingAmounts,
  narrativeOutdatedClassName,
  narrativeEntityWording,
  narrativeTemplateText,
  narrativePunctuation,
  narrativeChangeWithoutReason,
  narrativeLeftover,
];
