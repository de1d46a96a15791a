// German case forms of multi-word names, so that a lexicon lists only the
// nominative: "Weißes Haus" → "Weißen Haus", "Weißen Hauses"; "Vereinigte Staaten"
// → "Vereinigten Staaten"; "Schwarzes Meer" → "Schwarzen Meeres".

/** Adjective endings of the nominative that turn into -en in the other cases. */
const ADJECTIVE_ENDING = /(?:e|es|er)$/;

/**
 * Case forms of `name` that no lexicon entry claims as its own surface: "Hamas" is
 * the organisation, not the genitive of the Syrian city Hama.
 */
export function freeCaseForms(name: string, claimed: (surface: string) => boolean): string[] {
  return caseForms(name).filter((form) => form === name || !claimed(form));
}

export function caseForms(name: string): string[] {
  const words = name.split(' ');
  const forms = new Set<string>([name]);
  if (words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && ADJECTIVE_ENDING.test(words[0]!)) {
    const stem = words[0]!.replace(ADJECTIVE_ENDING, '');
    const rest = words.slice(1);
    const last = rest[rest.length - 1]!;
    for (const ending of ['e', 'en', 'er', 'es', 'em']) {
      forms.add([stem + ending, ...rest].join(' '));
      for (const genitive of genitives(last)) forms.add([stem + ending, ...rest.slice(0, -1), genitive].join(' '));
    }
  }
  for (const genitive of genitives(words[words.length - 1]!)) {
    if (words.length === 1) forms.add(genitive);
  }
  return [...forms];
}

/** Genitive singular forms of a name or noun: "Russland" → "Russlands", "Haus" → "Hauses". */
export function genitives(word: string): string[] {
  if (/[sßxz]$/.test(word)) return /[^aeiou]s$|ß$/.test(word) && word.length > 3 ? [`${word}es`] : [];
  if (/[A-Z]$/.test(word)) return [`${word}s`];
  // Masculine and neuter nouns ending in a consonant often take -es ("des Bundestages").
  return [`${word}s`, ...(/[bdfgklmnprt]$/.test(word) ? [`${word}es`] : [])];
}

/** Whether any lexicon entry (place or organisation, strong or weak) has this surface. */
export function claimedByLexicon(lex: {
  placeBySurface: ReadonlyMap<string, unknown>;
  orgBySurface: ReadonlyMap<string, unknown>;
  orgByWeakSurface: ReadonlyMap<string, unknown>;
}): (surface: string) => boolean {
  return (s) => lex.placeBySurface.has(s) || lex.orgBySurface.has(s) || lex.orgByWeakSurface.has(s);
}
