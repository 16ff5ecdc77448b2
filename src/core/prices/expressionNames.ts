/**
 * The names of the cost-expression language (src/core/alternatives/expression.ts): the day variable, the allowed
 * functions, the names blocked with their own message, and the words mathjs reads as constants or operators.
 * A price-list name may be none of them (it would never be read as the price). Plain data: no mathjs here, so
 * the price list can check names without loading the expression parser.
 */

/** The variable for "days in the month". */
export const DAYS_NAME = 'days';

/** Functions allowed in expressions, with their argument counts. */
export const EXPRESSION_FUNCTIONS: Readonly<Record<string, { min: number; max: number }>> = {
  min: { min: 1, max: 20 },
  max: { min: 1, max: 20 },
  round: { min: 1, max: 2 },
  ceil: { min: 1, max: 1 },
  floor: { min: 1, max: 1 },
};

/** Names that are blocked with their own message (compared case-insensitively). */
export const BLOCKED_NAMES = [
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'compile',
  'simplify',
  'derivative',
  'resolve',
  'eval',
  'config',
  'typed',
  'reviver',
  'help',
  'chain',
  'Function',
  'constructor',
  '__proto__',
  'prototype',
];

/** Words mathjs reads as constants or operators. */
const MATHJS_WORDS = ['pi', 'e', 'true', 'false', 'null', 'undefined', 'infinity', 'nan', 'to', 'in', 'mod', 'not', 'and', 'or', 'xor'];

/** Names that cannot be used for prices (lower case): they mean something in cost expressions or are blocked there. */
export const RESERVED_EXPRESSION_NAMES: ReadonlySet<string> = new Set([
  DAYS_NAME,
  ...Object.keys(EXPRESSION_FUNCTIONS),
  ...BLOCKED_NAMES.map((n) => n.toLowerCase()),
  ...MATHJS_WORDS,
]);
