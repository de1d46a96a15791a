// Per-word answers, remembered. News vocabulary is Zipfian (a 4 MB corpus has ≈70k
// distinct tokens among ≈650k), so a lexical test that costs a few string operations
// is worth computing once per word type rather than once per token. The cache is
// cleared when full, which bounds memory on endless corpora at the price of a refill.

const DEFAULT_LIMIT = 100_000;

/** `fn` with its answers cached by word; `fn` must be pure and never return undefined. */
export function memoByWord<T>(fn: (word: string) => T, limit = DEFAULT_LIMIT): (word: string) => T {
  const answers = new Map<string, T>();
  return (word: string): T => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = fn(word);
      if (answers.size >= limit) answers.clear();
      answers.set(ownCopy(word), answer);
    }
    return answer;
  };
}

/** V8 makes a slice of 13 or more characters a view into its source string. */
const MIN_SLICED_LENGTH = 13;

/**
 * A copy of `word` that does not keep the text it was cut from alive. Tokens are slices
 * of their document, and a cache keyed by the slices would hold on to every document
 * one of its words came from.
 */
export function ownCopy(word: string): string {
  // Concatenation gives a new string; slicing it flattens it into a string of its own.
  return word.length < MIN_SLICED_LENGTH ? word : `${word} `.slice(0, -1);
}
