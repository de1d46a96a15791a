// Surface variants of a name as it appears in running German text.

const KEEP_UMLAUT = /[äöüÄÖÜ]/g;
const UMLAUT_TOKENS = ['\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006'];
const UMLAUTS = 'äöüÄÖÜ';
const COMBINING = /[\u0300-\u036f]/g;

/** Drops foreign diacritics (Priština → Pristina, Élysée → Elysee) but keeps German umlauts. */
const FOREIGN = /[^\u0000-\u007fäöüÄÖÜß]/;

export function stripForeignDiacritics(s: string): string {
  if (!FOREIGN.test(s)) return s;
  const guarded = s.replace(KEEP_UMLAUT, (c) => UMLAUT_TOKENS[UMLAUTS.indexOf(c)]!);
  const stripped = guarded.normalize('NFD').replace(COMBINING, '').normalize('NFC');
  return stripped.replace(/[\u0001-\u0006]/g, (c) => UMLAUTS[UMLAUT_TOKENS.indexOf(c)]!);
}

/** Swiss spelling has no ß: "Weisses Haus", "Aussenministerium", "Strasse von Hormus". */
export function swissVariant(s: string): string {
  return s.replace(/ß/g, 'ss');
}

/** The written variants of one form: itself, Swiss ss, and without foreign diacritics. */
export function spellingVariants(s: string): string[] {
  const out = [s];
  if (s.includes('ß')) out.push(swissVariant(s));
  if (FOREIGN.test(s)) {
    for (const v of out.slice()) {
      const plain = stripForeignDiacritics(v);
      if (!out.includes(plain)) out.push(plain);
    }
  }
  return out;
}

/** Lower-case, ß→ss, no diacritics at all, hyphens and spaces folded: a loose lookup key. */
export function foldKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[-\u2010\u2011\u2013\s]+/g, ' ')
    .trim();
}

// Adjective stems that decline in front of a noun ("Schwarzes Meer" → "Schwarzen Meeres").
// City adjectives in -er ("Münchner", "Zürcher") do not decline, which is why an -er token
// only counts when its stem looks adjectival.
const ADJ_SUFFIX = /(isch|ig|lich|al|är|ell|iv|an|ös|ent|ant|ht|rt)$/;
const ADJ_STEMS = new Set([
  'nah', 'mittler', 'weiß', 'weiss', 'rot', 'schwarz', 'gelb', 'grün', 'blau', 'vereinigt',
  'vereint', 'einig', 'neu', 'groß', 'gross', 'klein', 'still', 'auswärtig', 'hoh', 'frei',
  'link', 'recht', 'zentral', 'alt', 'jung', 'heilig', 'oberst', 'erst', 'besetzt', 'süd',
  'nord', 'ost', 'west', 'deutsch', 'tot', 'eisern', 'golden', 'ober', 'unter', 'äußer',
  'inner', 'vorder', 'hinter', 'mittel', 'fern', 'palästinensisch', 'demokratisch',
]);
const ARTICLES = new Set(['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Le', 'La', 'Les', 'El', 'Al', 'The']);

function adjectiveStem(token: string): string | null {
  if (ARTICLES.has(token) || !/^[A-ZÄÖÜ][a-zäöüß]+$/.test(token)) return null;
  const m = /^(.+?)(es|er|e)$/.exec(token);
  if (!m) return null;
  const stem = m[1]!;
  const low = stem.toLowerCase();
  return ADJ_STEMS.has(low) || ADJ_SUFFIX.test(low) ? stem : null;
}

const NO_GENITIVE_END = /(s|x|z|ß|sch|e|ei)$/;

/** Genitive of a single proper name: "Russland" → "Russlands"; none for acronyms or -s/-e ends. */
export function genitiveOf(word: string): string | null {
  if (!/[a-zäöüß]$/.test(word)) return null; // USA, EU, G7: no -s genitive
  if (NO_GENITIVE_END.test(word)) return null;
  return word + 's';
}

function isMonosyllabic(word: string): boolean {
  return (word.toLowerCase().match(/[aeiouäöüy]+/g) ?? []).length === 1;
}

/**
 * Case forms of a name beyond the nominative: genitive -s for single names, and for
 * adjective + noun names the weak adjective forms ("Vereinigten Staaten", "Schwarzen
 * Meeres", "Weißen Hauses", "Europäischen Union").
 */
export function inflectedForms(name: string): string[] {
  if (!name.includes(' ')) {
    const g = /^[A-ZÄÖÜ]/.test(name) ? genitiveOf(name) : null;
    // Nouns ending in a stop often take -es too: "des Bundestages", "des Parlamentes".
    return g ? (/[bdgkpt]$/.test(name) ? [g, `${name}es`] : [g]) : [];
  }
  const tokens = name.split(' ');
  const out = new Set<string>();
  const head = tokens[tokens.length - 1]!;
  const stems = tokens.map((t, i) => (i < tokens.length - 1 ? adjectiveStem(t) : null));
  const adjIdx: number[] = [];
  stems.forEach((st, i) => {
    if (st !== null) adjIdx.push(i);
  });
  if (adjIdx.length === 0) {
    const g = /^[A-ZÄÖÜ]/.test(head) ? genitiveOf(head) : null;
    if (g) out.add([...tokens.slice(0, -1), g].join(' '));
    return [...out];
  }
  const weak = tokens.map((t, i) => (stems[i] != null ? stems[i] + 'en' : t));
  // The nominative adjective ending tells the head's gender: -er masculine, -es neuter
  // (both take genitive -s/-es), -e feminine or plural (dative plural adds -n).
  const ending = /(es|er|e)$/.exec(tokens[adjIdx[adjIdx.length - 1]!]!)![1];
  const heads = new Set<string>([head]);
  if (ending === 'e') {
    if (/e$/.test(head)) heads.add(head + 'n');
  } else if (/(s|ß|x|z)$/.test(head)) {
    heads.add(head + 'es');
  } else {
    heads.add(head + 's');
    if (isMonosyllabic(head)) heads.add(head + 'es'); // "des Meeres", "des Amtes"; not "Ozeanes"
  }
  for (const h of heads) out.add([...weak.slice(0, -1), h].join(' '));
  // After the definite article a masculine or neuter name's adjective ends in -e: "das Weiße Haus".
  if (ending !== 'e') out.add(tokens.map((t, i) => (stems[i] != null ? stems[i] + 'e' : t)).join(' '));
  out.delete(name);
  return [...out];
}
