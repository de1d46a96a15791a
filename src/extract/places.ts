// Place mentions: lexicon names (countries from i18n-iso-countries, curated cities,
// regions, seas) in any case form, and unknown names after a place preposition
// ("in Pokrowsk"). A compound whose head is something else ("US-Soldaten",
// "Ukraine-Konflikt") is not a place mention: tokens keep compounds whole, so only
// whole tokens are looked up.
import type { Doc, PlaceMention, Token } from '../types.js';
import { lexicon, type PlaceEntry } from '../lexicon/index.js';
import { Gazetteer, MAY_BE_CAPITAL, SENTENCE_START, STARTS_UPPER, foldSharpS, hashRange } from './gazetteer.js';
import { isDictionaryName, isNameLike } from './names.js';

/** A lexicon surface and the nominative form it stands for. */
interface PlaceHit {
  entry: PlaceEntry;
  form: string;
}

let gazetteer: Gazetteer<PlaceHit> | null = null;

function placeGazetteer(): Gazetteer<PlaceHit> {
  if (gazetteer) return gazetteer;
  const g = new Gazetteer<PlaceHit>(foldSharpS);
  const lex = lexicon();
  const nominatives = new Set(lex.places.flatMap((p) => [p.name, ...p.aliases]));
  for (const [surface, entry] of lex.placeBySurface) {
    if (entry.ambiguous) continue;
    const form = nominatives.has(surface) ? surface : entry.name;
    g.add(surface, { entry, form });
  }
  gazetteer = g;
  return g;
}

/** Prepositions after which an unknown capitalised name is most likely a place. */
const PLACE_PREPOSITIONS = ['in', 'nach', 'aus'];
/** Their hashes (as the token sheet hashes them: the fold keeps ASCII), the cheap first test. */
const [IN, NACH, AUS] = PLACE_PREPOSITIONS.map((p) => hashRange(p, 0, p.length)) as [number, number, number];

export function extractPlaces(doc: Doc): PlaceMention[] {
  const g = placeGazetteer();
  const tokens = doc.tokens;
  const { hashes, shapes } = g.sheetOf(doc);
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = g.mayStartWith(shapes[i]!, hashes[i]!) ? g.match(doc, i) : null;
    if (hit) {
      const first = tokens[i]!;
      const last = tokens[hit.end - 1]!;
      const { entry: value, form } = hit.entry.value;
      mentions.push({
        start: first.start,
        end: last.end,
        text: doc.text.slice(first.start, last.end),
        name: value.name,
        type: value.type,
        code: value.code,
        rule: 'lexicon',
        form,
      });
      i = hit.end - 1;
      continue;
    }
    // An unknown name wants a capital first and a place preposition before it in its sentence: most tokens fail on the sheet.
    const shape = shapes[i]!;
    if ((shape & (MAY_BE_CAPITAL | SENTENCE_START)) !== MAY_BE_CAPITAL) continue;
    const before = hashes[i - 1];
    if (before !== IN && before !== NACH && before !== AUS) continue;
    const unknown = unknownPlaceAfterPreposition(tokens, shapes, i);
    if (unknown) mentions.push(unknown);
  }
  return mentions;
}

/** German and Austrian place names are often compounds of a noun ("Kuf-stein", "Fried-richshafen"). */
const PLACE_SUFFIX = /\p{Ll}(?:stein|berg|burg|dorf|hausen|heim|feld|stadt|hafen|ingen|bach|furt|kirchen|brück|brücken|münster|wald|tal|see|hof|au)$/u;

function isPlaceShaped(word: string): boolean {
  return PLACE_SUFFIX.test(word) && isDictionaryName(word);
}

/**
 * "in Pokrowsk", "nach Chan Junis": a name-like word that is no common noun. tokens[i]
 * may start with a capital and follows a token in its sentence (the caller tests that
 * on the sheet).
 */
function unknownPlaceAfterPreposition(tokens: readonly Token[], shapes: Uint8Array, i: number): PlaceMention | null {
  const word = tokens[i]!;
  if (!PLACE_PREPOSITIONS.includes(tokens[i - 1]!.text)) return null;
  // "in Scholz' Amtszeit", "in Putins Rede": a name followed by a noun is not the place itself.
  // (Tested before the name tests: it is the cheap one.)
  if (i + 1 < tokens.length && (shapes[i + 1]! & (STARTS_UPPER | SENTENCE_START)) === STARTS_UPPER) return null;
  if (word.text.includes('-') || !(isNameLike(word.text) || isPlaceShaped(word.text))) return null;
  return { start: word.start, end: word.end, text: word.text, name: word.text, type: 'other', code: null, rule: 'preposition' };
}
