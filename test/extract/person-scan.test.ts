// The person scan (src/extract/person-scan.ts) flags which tokens may start a rule, so
// extractPersons skips the rest unread. The gates may say "maybe" wrongly, never "no"
// wrongly: these cases hold them to their data and to what the rules found before.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document/index.js';
import { extractPersons } from '../../src/extract/persons.js';

const persons = (text: string) => extractPersons(buildDoc('t.txt', text)).map((m) => [m.text, m.rule]);

// The person scan asks cheap filters before the Sets and memos: a filter may let a word
// through that is none of its words, never the reverse. These hold each gate to the data
// it stands for, asked as the scan asks it: by the word's range inside a longer text.
describe('the person gates', () => {
  const inText = (word: string) => ({ text: `Am ${word}, sagte er`, start: 3, end: 3 + word.length });
  const passes = (filter: { mayContain(text: string, start: number, end: number): boolean }, word: string) => {
    const { text, start, end } = inText(word);
    return filter.mayContain(word, 0, word.length) && filter.mayContain(text, start, end);
  };

  it('let every first name, cue verb and honorific through', async () => {
    const { readFileSync } = await import('node:fs');
    const { lexicon } = await import('../../src/lexicon/index.js');
    const { personWordGates } = await import('../../src/extract/person-scan.js');
    const gates = personWordGates();
    for (const name of lexicon().firstNames) expect(passes(gates.firstNames, name), name).toBe(true);
    const cues = JSON.parse(readFileSync(new URL('../../src/lexicon/data/name-cues.json', import.meta.url), 'utf8')) as { verbs: string[] };
    // The cue verbs and honorifics are matched exactly, in place.
    const isIn = (set: { has(text: string, start: number, end: number): boolean }, word: string) => {
      const { text, start, end } = inText(word);
      return set.has(word, 0, word.length) && set.has(text, start, end);
    };
    for (const verb of cues.verbs) expect(isIn(gates.cues, verb), verb).toBe(true);
    for (const h of ['Herr', 'Herrn', 'Frau', 'Mr.', 'Mrs.', 'Ms.']) expect(isIn(gates.honorifics, h), h).toBe(true);
    for (const other of ['sag', 'sagtes', 'Sagte', 'Her', 'Herrin', 'Mr', 'Frauen']) {
      expect(isIn(gates.cues, other) || isIn(gates.honorifics, other), other).toBe(false);
    }
  });

  it('match a small word set exactly at a range, as Set.has of the slice would', async () => {
    const { RangeWordSet } = await import('../../src/extract/names.js');
    const words = ['so', 'sagte', 'sagten', 'Mr.', 'a', 'Ødegaard', 'x'.repeat(40)];
    const set = new RangeWordSet(words);
    const text = `so sagte sagten sagtes sa s Mr. Mr a b Ødegaard Ødegaar ${'x'.repeat(40)} ${'x'.repeat(41)}`;
    const exact = new Set(words);
    for (const m of text.matchAll(/\S+/g)) {
      expect(set.has(text, m.index, m.index + m[0].length), m[0]).toBe(exact.has(m[0]));
    }
  });

  it('let every role word through, whatever its inflection', async () => {
    const { lexicon } = await import('../../src/lexicon/index.js');
    const { isRoleWord, mayBeRoleWord } = await import('../../src/extract/roles.js');
    const lex = lexicon();
    const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    const words = [...lex.roleTitles, ...lex.roleHeads.flatMap((h) => ['', 'in', 'innen', 'en', 'n', 's', 'es', 'e', 'er', 'em'].map((e) => `US-${capitalise(h)}${e}`))];
    for (const w of words) {
      if (!isRoleWord(w)) continue;
      const { text, start, end } = inText(w);
      expect(mayBeRoleWord(text, start, end), w).toBe(true);
    }
  });

  it('filters words by shape and by opening: short words and ranges alike', async () => {
    const { WordShapeFilter, WordStartFilter } = await import('../../src/extract/names.js');
    const words = ['a', 'so', 'Ali', 'Jean-Claude', 'Ødegaard', 'Ahmad'];
    for (const filter of [new WordShapeFilter(words), new WordStartFilter(words)]) {
      for (const w of words) expect(passes(filter, w), w).toBe(true);
    }
    expect(new WordShapeFilter(['Ahmad']).mayContain('Der Ahmadi kam', 4, 10)).toBe(false);
  });

  it('test a role word wherever a name (or a comma and a name) may follow it', () => {
    // The scan skips the role test unless the next token, or the token after a comma
    // within reach, may open a name: a capital, an Arabic article, a wide letter.
    expect(persons('Am Montag sprach Präsident al-Sisi.')).toEqual([['al-Sisi', 'role-before-name']]);
    expect(persons('Am Montag sprach Präsident Łukaszenka.')).toEqual([['Łukaszenka', 'role-before-name']]);
    expect(persons('Der Präsident, Ōno Hiroshi, sagte.')).toEqual([['Ōno Hiroshi', 'appositive']]);
    // The comma eight tokens after the role is within reach; nine is not.
    expect(persons('Der Sprecher des Ministeriums für Auswärtige Angelegenheiten der Republik, Hans Meier, sagte das.')).toEqual([
      ['Hans Meier', 'appositive'],
    ]);
    expect(persons('Der Sprecher des Ministeriums für Auswärtige Angelegenheiten der Neuen Republik, Hans Meier, sagte das.')).toEqual([
      ['Hans Meier', 'first-name'],
    ]);
  });

  it('let a role word open a name with every first letter a first name has', async () => {
    const { lexicon } = await import('../../src/lexicon/index.js');
    const initials = new Set([...lexicon().firstNames].map((n) => n[0]!));
    for (const initial of initials) {
      const name = [...lexicon().firstNames].find((n) => n.startsWith(initial))!;
      // A first name after a role opens the name, whatever its first letter.
      expect(persons(`Am Montag kam Präsident ${name} Meier.`)[0], name).toEqual([`${name} Meier`, 'role-before-name']);
    }
  });

  it('find a name before a cue it runs up to, over particles and Arabic articles, within reach', () => {
    // The scan flags a token only when a cue follows within MAX_NAME_WORDS tokens of its
    // sentence with nothing between that no name word starts with.
    expect(persons('Dann Van Aken sagte das.')).toEqual([['Van Aken', 'name-before-speech-verb']]);
    expect(persons('Dann Kirby al-Hassani sagte das.')).toEqual([['Kirby al-Hassani', 'name-before-speech-verb']]);
    expect(persons('Dann Kirby Leutheusser Schnarrenberger Tsai Foo sagte das.')).toEqual([['Tsai Foo', 'name-before-speech-verb']]);
    expect(persons('Dann Kirby Leutheusser Schnarrenberger Tsai Foo Bar sagte das.')).toEqual([]);
    expect(persons('Dann Kirby – sagte das. Dann Kirby. Sagte er.')).toEqual([]);
  });

  it('skip no rule whose mention starts after the last one', () => {
    // "Biden" lies inside the first mention; the appositive after it still counts.
    expect(persons('US-Präsident Joe Biden traf den Sprecher des Weißen Hauses, John Kirby, in Washington.')).toEqual([
      ['Joe Biden', 'role-before-name'],
      ['John Kirby', 'appositive'],
    ]);
    expect(persons('Herr Kurti traf Herrn Meier, so Scholz.')).toEqual([
      ['Kurti', 'role-before-name'],
      ['Meier', 'honorific'],
      ['Scholz', 'speech-verb'],
    ]);
  });

  it('read no flag left over from a longer document scanned before', () => {
    // The flags array is reused from document to document: a short one after a long one
    // (and one past the reused size) must read as if scanned first.
    const short = 'Dann sagte Kirby das. Herr Kurti kam.';
    const alone = persons(short);
    expect(alone).toEqual([['Kirby', 'speech-verb'], ['Kurti', 'role-before-name']]);
    persons('Angela Merkel sagte, Joe Biden kam. '.repeat(500));
    expect(persons(short)).toEqual(alone);
    const huge = 'US-Präsident Joe Biden sagte: so Scholz. '.repeat(9000);
    expect(persons(huge).length).toBe(18000);
    expect(persons(short)).toEqual(alone);
  });
});
