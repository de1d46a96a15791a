// A fast-check generator for German-looking crisis news: sentences built from the shapes
// the extractors look for (role + name + speech verb, quotes in every quotation style,
// numbers with separators before personnel nouns, places, organisations, header lines),
// mixed with arbitrary Unicode, control characters and the characters that change
// length under case mapping. Most documents therefore trigger real rules, and some
// trigger them on hostile text.
import fc from 'fast-check';

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

const FIRST = ['Olaf', 'Annalena', 'Joe', 'Wolodymyr', 'António', 'Ursula', 'Benjamin', 'Abdel', 'Tsai', 'Aleksandar',
  'Assimi', 'Mohammed', 'Jens', 'Kaja', 'Ismail', 'Fatou', 'Jürgen', 'Özlem', 'Ilham', 'Kim'];
const SURNAME = ['Scholz', 'Baerbock', 'Biden', 'Selenskyj', 'Guterres', 'Netanjahu', 'al-Burhan', 'Ing-wen', 'Vučić',
  'Goïta', 'Stoltenberg', 'Kallas', 'Haniyeh', 'Bensouda', 'Müller', 'Özdemir', 'Kirby', 'Dagalo', 'Kurti', 'Jong Un'];
const PARTICLE = ['von der', 'de', 'al', 'bin', 'van'];
const ROLE = ['Bundeskanzler', 'Bundeskanzlerin', 'Außenministerin', 'Verteidigungsminister', 'Präsident', 'US-Präsident',
  'UN-Generalsekretär', 'Regierungschef', 'Sprecher', 'Pentagon-Sprecher', 'Nato-Generalsekretär', 'Armeechef',
  'Premierminister', 'Oberst', 'General', 'Hamas-Anführer', 'Ministerpräsident', 'Militärsprecherin', 'Botschafter'];
const ADJECTIVE = ['ukrainische', 'russische', 'sudanesische', 'israelische', 'chinesische', 'serbische', 'malische',
  'deutsche', 'französische', 'jemenitische', 'taiwanische', 'kosovarische'];
const ORG = ['NATO', 'Nato', 'UN', 'Vereinte Nationen', 'Bundeswehr', 'Hamas', 'Hisbollah', 'RSF', 'EU', 'Kreml',
  'Pentagon', 'Weißes Haus', 'Huthi-Miliz', 'Wagner-Gruppe', 'Minusma', 'KFOR', 'Rotes Kreuz', 'Volksbefreiungsarmee',
  'Freie Syrische Armee', 'Münchner Sicherheitskonferenz', 'IS', 'OSZE', 'Afrikanische Union'];
const PLACE = ['Ukraine', 'Russland', 'Gaza', 'Gazastreifen', 'Sudan', 'Khartum', 'El Fasher', 'Darfur', 'Taiwan',
  'Taiwanstraße', 'Kosovo', 'Serbien', 'Mali', 'Bamako', 'Jemen', 'Rotes Meer', 'Roten Meer', 'Kiew', 'Berlin',
  'Moskau', 'Donbass', 'Sahel', 'Westjordanland', 'Washington', 'Peking', 'Schwarzen Meer', 'Nordmazedonien'];
const PREPOSITION = ['in', 'nach', 'aus', 'an der Grenze zu', 'im', 'vor', 'bei', 'nahe'];
const TROOP_NOUN = ['Soldaten', 'Soldatinnen', 'Truppen', 'Kämpfer', 'Mann', 'US-Soldaten', 'Bundeswehrsoldaten',
  'Blauhelme', 'Reservisten', 'Söldner', 'Streitkräfte', 'Milizionäre', 'Marinesoldaten', 'Zivilisten', 'Panzer'];
const NUMBER_WORD = ['zwei', 'drei', 'zehn', 'zwölf', 'hundert', 'tausend', 'Tausende', 'Zehntausende', 'Hunderte',
  'einige Hundert', 'Dutzende', 'eine Million', 'zwei Millionen', '1,5 Millionen', '2,3 Mio.', 'anderthalb Tausend'];
const NUMBER_CUE = ['rund', 'etwa', 'mehr als', 'bis zu', 'knapp', 'über', 'mindestens', 'fast', 'zwischen', 'gut', 'weniger als', 'ca.'];
const SPEECH_VERB = ['sagte', 'erklärte', 'betonte', 'warnte', 'sagt', 'so', 'kritisierte', 'schrieb', 'fügte hinzu',
  'teilte mit', 'bekräftigte', 'versicherte', 'meinte', 'forderte', 'hieß es', 'sagten'];
const KONJUNKTIV = ['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'wolle', 'hätten', 'wären', 'gebe'];
const WORD = ['die', 'der', 'das', 'Lage', 'ist', 'ernst', 'wir', 'werden', 'nicht', 'zulassen', 'dass', 'Waffenruhe',
  'Angriff', 'Grenze', 'Truppenaufmarsch', 'Verhandlungen', 'und', 'oder', 'aber', 'am', 'Montag', 'Dienstag',
  'Gespräche', 'Sanktionen', 'Eskalation', 'Hilfe', 'humanitäre', 'Konvoi', 'Flüchtlinge', 'bereit', 'gestern', 'Uhr',
  'Kilometer', 'Prozent', 'Euro', 'Raketen', 'Drohnen', 'abgefeuert', 'stationiert', 'verlegt', 'zurückgezogen', 'Frieden'];
const OPEN_CLOSE: ReadonlyArray<readonly [string, string]> = [
  ['„', '“'], ['“', '”'], ['«', '»'], ['»', '«'], ['‚', '‘'], ['‹', '›'], ['"', '"'], ["'", "'"], ['„', '”'], ['“', '“'],
];
const QUOTE_MARK = ['„', '“', '”', '«', '»', '‚', '‘', '’', '‹', '›', '"', "'", '`', '´'];
const PUNCT = ['.', ',', ':', ';', '!', '?', ' – ', ' — ', '-', '(', ')', '...', '…', '/', '%', '§', '&'];
const SPACE = [' ', ' ', ' ', '\n', '\n\n', '\t', '\u00a0', '\u202f', '\r\n', '  '];
/**
 * Characters that break offset arithmetic or terminals: case mappings that change length
 * (İ, ß, ẞ, ﬁ), combining marks, zero-width and bidi controls, soft hyphen, escapes, NUL,
 * astral emoji and flag/family sequences, a lone surrogate and the replacement character.
 */
const TRICKY = ['İ', 'ı', 'ß', 'ẞ', 'ﬁ', 'ŉ', 'e\u0301', 'A\u030a', '\u200b', '\u200d', '\u00ad', '\u202e', '\u2066',
  '\u001b[31m', '\u001b]0;x\u0007', '\u0000', '\u0085', '\u2028', '\ufeff', '😀', '🇩🇪', '👨‍👩‍👧', '\ud800', '\ufffd',
  'Σ', 'ǅ', 'Ⅻ', '٣', '１２３', '½'];

/** "8500", "8.500", "8 500", "8'500", "8,500", "85.000.000": the separators German texts use (and misuse). */
const digits: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 0, max: 3_000_000 }), pick(['', '.', ' ', '\u202f', "'", ',', '\u00a0']))
  .map(([n, sep]) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep));
const number: fc.Arbitrary<string> = fc.oneof(
  digits,
  pick(NUMBER_WORD),
  fc.tuple(pick(NUMBER_CUE), digits).map(([c, d]) => `${c} ${d}`),
  fc.tuple(digits, digits).map(([a, b]) => `zwischen ${a} und ${b}`),
  fc.tuple(digits, pick(['Tausend', 'Millionen', 'Mio.', 'Mrd.'])).map(([d, u]) => `${d} ${u}`),
);

const name: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(pick(FIRST), pick(SURNAME)).map(([f, s]) => `${f} ${s}`) },
  { weight: 2, arbitrary: pick(SURNAME) },
  { weight: 1, arbitrary: fc.tuple(pick(FIRST), pick(PARTICLE), pick(SURNAME)).map(([f, p, s]) => `${f} ${p} ${s}`) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-ZÄÖÜ][a-zäöüß]{2,9}( [A-ZÄÖÜ][a-zäöüß]{2,9})?$/) },
);
const role: fc.Arbitrary<string> = fc.oneof(
  pick(ROLE),
  fc.tuple(pick(['der', 'die', 'den', 'dem']), pick(ADJECTIVE), pick(ROLE)).map((xs) => xs.join(' ')),
);
const person = fc.tuple(fc.option(role, { nil: undefined }), name).map(([r, n]) => (r ? `${r} ${n}` : n));
const actor = fc.oneof(person, pick(ORG));
const place = fc.tuple(pick(PREPOSITION), pick(PLACE)).map(([p, q]) => `${p} ${q}`);
const troops = fc.tuple(number, pick(TROOP_NOUN), fc.option(place, { nil: undefined }))
  .map(([n, t, p]) => (p ? `${n} ${t} ${p}` : `${n} ${t}`));

/** Plain words with the odd capitalised, tricky or arbitrary piece in between. */
const filler: fc.Arbitrary<string> = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: pick(WORD) },
    { weight: 1, arbitrary: pick(PLACE) },
    { weight: 1, arbitrary: pick(TRICKY) },
    { weight: 1, arbitrary: digits },
  ),
  { minLength: 1, maxLength: 8 },
).map((ws) => ws.join(' '));

const quoted = fc.tuple(pick(OPEN_CLOSE), filler, pick(['', '.', '!', '?', '…']))
  .map(([[open, close], body, end]) => `${open}${body}${end}${close}`);

/** Sentence shapes the quote, claim, troop and actor rules are written for. */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(person, pick(SPEECH_VERB), quoted).map(([p, v, q]) => `${p} ${v}: ${q}`),
  fc.tuple(quoted, pick(SPEECH_VERB), person).map(([q, v, p]) => `${q}, ${v} ${p}.`),
  fc.tuple(quoted, person).map(([q, p]) => `${q} (${p})`),
  fc.tuple(person, pick(SPEECH_VERB), fc.constantFrom('', 'es '), pick(KONJUNKTIV), filler)
    .map(([p, v, es, k, f]) => `${p} ${v}, ${es}${k} ${f}.`),
  fc.tuple(pick(['Laut', 'Nach Angaben von', 'Wie']), actor, filler, pick(KONJUNKTIV))
    .map(([l, a, f, k]) => `${l} ${a} ${k} ${f}.`),
  fc.tuple(actor, pick(['hat', 'habe', 'soll', 'will']), troops, pick(['verlegt', 'stationiert', 'entsandt', 'zusammengezogen']))
    .map(([a, h, t, v]) => `${a} ${h} ${t} ${v}.`),
  fc.tuple(pick(['Rund', 'Etwa', 'Mehr als', 'Bis zu', '']), troops, pick(['sind', 'stehen', 'seien']), place)
    .map(([c, t, s, p]) => `${c} ${t} ${s} ${p} im Einsatz.`),
  fc.tuple(actor, filler, place).map(([a, f, p]) => `${a} ${f} ${p}.`),
  fc.tuple(pick(ADJECTIVE), pick(ORG), filler).map(([a, o, f]) => `Die ${a} ${o} ${f}.`),
  fc.tuple(filler, pick(SPEECH_VERB), person).map(([f, v, p]) => `${f}, ${v} ${p}.`),
);

/** Lines the header parser reads: a url, a tagesschau date line, a bare `Stand:`, markdown, credits. */
const headerLine: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl().map((u) => `url: ${u}`),
  fc.tuple(filler, fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 }))
    .map(([t, d, m, y]) => ` date ${y}-${String(m).padStart(2, '0')} ${t} Stand: ${d}.${m}.${y} 01:42 Uhr`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 })).map(([d, m]) => `Stand: ${d}.${m}.2024`),
  filler.map((t) => `# ${t}`),
  filler.map((t) => `![${t}](bild.jpg)`),
  fc.tuple(filler, person).map(([t, p]) => `${t} | ${p}`),
  pick(['---', 'Box aufklappen', 'Mehr zum Thema', '#Ukraine', '> ']),
);

/** Any piece of text at all: single tokens, quote marks and punctuation on their own, arbitrary Unicode. */
const noise: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: pick(QUOTE_MARK) },
  { weight: 2, arbitrary: pick(PUNCT) },
  { weight: 2, arbitrary: pick(TRICKY) },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: actor },
  { weight: 1, arbitrary: pick(TROOP_NOUN) },
  { weight: 1, arbitrary: pick(SPEECH_VERB) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 3, arbitrary: noise },
  { weight: 1, arbitrary: headerLine },
);

/** A German-looking document: header lines, then sentences and noise joined by assorted white space. */
export const germanText: fc.Arbitrary<string> = fc.tuple(
  fc.array(headerLine, { maxLength: 3 }),
  fc.array(fc.tuple(piece, pick(SPACE)), { minLength: 0, maxLength: 14 }),
).map(([header, body]) => header.map((h) => `${h}\n`).join('') + body.map(([p, s]) => p + s).join(''));

/** Mostly German-looking text, sometimes pure arbitrary Unicode. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: germanText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);
