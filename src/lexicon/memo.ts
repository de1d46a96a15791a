// Per-word answers, remembered. News vocabulary is Zipfian (a 4 MB corpus has ≈70k
// distinct tokens among ≈650k), so a lexical test that costs a few string operations
// is worth computing once per word type rather than once per token.
//
// An archive's vocabulary keeps growing (every new name is a new type), so each cache
// holds two generations of at most `limit` words: when the newer one is full it becomes
// the older one and the oldest is dropped. A word asked again is carried into the newer
// generation, so frequent words survive the turnover while one-off names age out; a
// cache that was cleared when full dropped its frequent words along with the rest.

/**
 * Words per generation. A 4 MB news corpus puts at most ≈3k words into any of these
 * caches but one (wordFacts, which sets its own bound), so a generation holds more than
 * that and its turnover keeps the frequent words. Each worker thread has its own caches:
 * on 300 MB of growing vocabulary with two jobs, 8,192 words a generation put peak RSS
 * at 299 MB, at the 300 MB the issue allows; half that leaves room.
 */
const DEFAULT_LIMIT = 4_096;

/** `fn` with its answers cached by word; `fn` must be pure and never return undefined. */
export function memoByWord<T>(fn: (word: string) => T, limit = DEFAULT_LIMIT): (word: string) => T {
  let newer = new Map<string, T>();
  let older = new Map<string, T>();
  return (word: string): T => {
    let answer = newer.get(word);
    if (answer !== undefined) return answer;
    // The answer is worked out from the cache's own copy: an answer that holds the
    // word or a piece of it (a speaker's name) must not hold its document either.
    const key = ownCopy(word);
    answer = older.get(key);
    if (answer === undefined) answer = fn(key);
    if (newer.size >= limit) {
      older = newer;
      newer = new Map();
    }
    newer.set(key, answer);
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
