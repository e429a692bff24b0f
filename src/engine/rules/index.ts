// The rule registry: every rule module is listed here once, in the order findings should be produced.
import type { Rule } from './define-rule';

export const RULES: readonly Rule[] = [];
