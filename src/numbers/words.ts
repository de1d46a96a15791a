// German cardinal number words, including closed compounds ("dreihundertfünfzig",
// "siebenhunderteinundzwanzigtausendzwölf"). A compound is read the way it is built:
// [below-1000] tausend [und] [below-1000], each below-1000 part as
// [1..99] hundert [und] [below-100], each below-100 part as [unit] und [tens].

const SMALL = new Map<string, number>([
  ['null', 0], ['ein', 1], ['eins', 1], ['zwei', 2], ['zwo', 2], ['drei', 3], ['vier', 4],
  ['fünf', 5], ['fuenf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10],
  ['elf', 11], ['zwölf', 12], ['zwoelf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15],
  ['fuenfzehn', 15], ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19],
]);
const TENS = new Map<string, number>([
  ['zwanzig', 20], ['dreißig', 30], ['dreissig', 30], ['vierzig', 40], ['fünfzig', 50], ['fuenfzig', 50],
  ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90],
]);
/** Inflected forms of "ein" that stand for 1 only when a multiplier follows ("eine Million"). */
const ARTICLE_FORMS: ReadonlySet<string> = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']);
const ARTICLE_ONE = new Map([...ARTICLE_FORMS].map((w) => [w, 1]));

/** Fractions spelled as words: "anderthalb", "eineinhalb", "zweieinhalb". */
const HALF = /^(.+?)einhalb$/;

function below100(w: string): number | null {
  const small = SMALL.get(w) ?? TENS.get(w);
  if (small !== undefined) return small;
  const und = w.indexOf('und');
  if (und <= 0) return null;
  const unit = w.slice(0, und);
  const tens = TENS.get(w.slice(und + 3));
  const u = unit === 'ein' ? 1 : SMALL.get(unit);
  if (tens === undefined || u === undefined || u < 1 || u > 9 || unit === 'eins') return null;
  return tens + u;
}

function stripUnd(w: string): string {
  return w.startsWith('und') ? w.slice(3) : w;
}

function below1000(w: string): number | null {
  const at = w.indexOf('hundert');
  if (at < 0) return below100(w);
  const left = w.slice(0, at);
  const right = stripUnd(w.slice(at + 7));
  // "achtzehnhundert" (1800) is as valid as "zweihundert"; "einshundert" is not.
  const factor = left === '' ? 1 : left === 'eins' ? null : below100(left);
  const rest = right === '' ? 0 : below100(right);
  if (factor === null || factor < 1 || rest === null) return null;
  return factor * 100 + rest;
}

function below1e6(w: string): number | null {
  const at = w.indexOf('tausend');
  if (at < 0) return below1000(w);
  const left = w.slice(0, at);
  const right = stripUnd(w.slice(at + 7));
  const factor = left === '' ? 1 : left === 'eins' ? null : below1000(left);
  const rest = right === '' ? 0 : below1000(right);
  if (factor === null || factor < 1 || rest === null) return null;
  return factor * 1000 + rest;
}

/**
 * The value of one German number word, or null. Case-insensitive. Bare articles
 * ("ein", "eine") count only when `articles` is set, since most of them are not counts.
 */
export function parseNumberWord(word: string, articles = false): number | null {
  const w = word.toLowerCase();
  if (ARTICLE_ONE.has(w)) return articles ? 1 : null;
  if (w === 'anderthalb') return 1.5;
  const half = HALF.exec(w);
  if (half) {
    const whole = half[1] === 'ein' ? 1 : below1000(half[1]!);
    return whole === null || whole < 1 ? null : whole + 0.5;
  }
  return below1e6(w);
}

/** Quick gate for a scanner: could this word be a number word at all? */
export const NUMBER_WORD_START =
  /^(?:null|ein|zw|drei|vier|f[uü]e?nf|sech|sieb|acht|neun|zehn|elf|hundert|tausend|anderthalb)/i;
