// German number parser: figures, multipliers, number words, vague plurals,
// qualifiers and ranges. The example corpus (corpus.ts) is its specification.
export type { Quantity } from './types.js';
export { findQuantities, parseQuantity } from './scan.js';
export { parseNumberWord } from './words.js';
