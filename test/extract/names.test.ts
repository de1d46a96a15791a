// isCompoundNoun skips a test its definition names (a tail with a common-word suffix)
// because the word would have had that suffix already: held here to the definition,
// over dictionary forms, their compounds and words with odd letters.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isCompoundNoun } from '../../src/extract/names.js';
import { lexicon } from '../../src/lexicon/index.js';
import { COMMON_NOUNS_FILE } from '../../src/lexicon/data-file.js';

const NOUN_SUFFIX = /\p{Ll}{3}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|ierung|ierungen|isten)$/u;
const ADJECTIVE_SUFFIX = /\p{Ll}{3}(?:lich|isch|ig)(?:e|en|er|es|em)?$/u;
const hasSuffix = (w: string) => NOUN_SUFFIX.test(w) || ADJECTIVE_SUFFIX.test(w);

/** The definition: a common-word suffix, or a tail that is a noun (or has such a suffix) after a long enough modifier. */
function compoundByDefinition(word: string): boolean {
  if (hasSuffix(word)) return true;
  const lex = lexicon();
  for (let i = 3; i <= word.length - 3; i++) {
    if (word[i] === '-') continue;
    const tail = word[i]!.toUpperCase() + word.slice(i + 1);
    if (!lex.isCommonNoun(tail) && !hasSuffix(tail)) continue;
    if (tail.length >= 4) return true;
    const modifier = word.slice(0, i);
    if (lex.isCommonNoun(modifier) || lex.isCommonNoun(modifier.replace(/(?:s|es|n|en)$/, ''))) return true;
  }
  return false;
}

describe('isCompoundNoun', () => {
  it('agrees with its definition', () => {
    const nouns = readFileSync(COMMON_NOUNS_FILE, 'utf8').split('\n').filter(Boolean);
    const sample = nouns.filter((_, k) => k % 37 === 0);
    const words = [
      ...sample,
      ...sample.slice(0, 1000).map((w) => `Grenz${w.toLowerCase()}`),
      ...['Scholz', 'Steinmeier', 'Zimmermann', 'Haustür', 'Großßung', 'ĸĸĸung', 'Abcßlich', 'Sicherheitsgarantien', 'Nato-Gipfel', 'Ärztin'],
    ];
    expect(words.filter((w) => isCompoundNoun(w) !== compoundByDefinition(w))).toEqual([]);
  });
});
