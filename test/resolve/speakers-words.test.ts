// wordsIn (src/resolve/speakers.ts) reads a phrase's words by hand, from a table of
// character classes, where the resolver used to run WORD over a slice: it must give the
// regex's words for every phrase.
import { describe, expect, it } from 'vitest';
import { WORD, wordsIn } from '../../src/resolve/speakers.js';

const byRegex = (text: string, start: number, end: number) => text.slice(start, end).match(WORD) ?? [];

describe('wordsIn', () => {
  it('gives the words WORD finds, in any range of a text', () => {
    const phrases = [
      'der ukrainische Präsident',
      'des österreichischen Außenministers',
      'einem selbsternannten Anonymous-Mitglied',
      'O’Neill, O\'Brien und z.B. die U.S.-Regierung',
      '„Wir“ – sagte er … (dpa)',
      'Die\u00a0Künstlerin\u2009und\u3000der\u202fMann',
      'Zahlen 3,5 ½ ² 1990er-Jahre',
      'Ōno Hiroshi, Łukaszenka, Σωκράτης, Зеленський, 習近平',
      'ends with a hyphen- and a dot.',
      '𝐀𝐁𝐂 astral letters and 😀 emoji',
      '',
      '   ',
    ];
    for (const phrase of phrases) {
      const text = `xx ${phrase} yy`;
      for (let start = 0; start < text.length; start += 3) {
        for (const end of [start, start + 1, start + 7, text.length]) {
          if (end > text.length) continue;
          expect(wordsIn(text, start, end), JSON.stringify(text.slice(start, end))).toEqual(byRegex(text, start, end));
        }
      }
    }
  });
});
