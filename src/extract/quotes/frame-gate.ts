// Which units without quotes can be left unread: a cue word is no frame by itself.
// "nach" is mostly a preposition, "gibt", "geht", "machen" are reporting verbs only
// with a particle ("gibt … bekannt"), a capitalised "Sagen" is a noun. About half the
// units with a cue word give no frame, and reading their words (an object per token)
// and running the frame rules on them was a third of the quotes stage.
//
// mayFrame tests, on the tokens, a necessary condition of each rule findFrames
// (frames.ts) runs for a cue bit: where it says no, findFrames finds nothing in the
// unit's words. Change a rule's entry condition there, change it here. (A Konjunktiv
// form starts no frame: the unit may still carry a report on, which buildUnits tells.)
import type { Token } from '../../types.js';
import { startsLower } from '../letter-case.js';
import {
  CUE_BITS, CUE_ES_VERB, CUE_KONJUNKTIV_I, CUE_KONJUNKTIV_II, CUE_NACH, CUE_SO, CUE_SOURCE_POSTPOSITION, CUE_SOURCE_PREPOSITION,
  CUE_SPEECH_NOUN, CUE_VERB, fold, initialsOf, mayFoldTo, mayStartKey, speechLexicon,
} from './lexicon.js';

/** Cues whose rules are rare or look too far to pre-test: a unit with one is always read. */
const ALWAYS_READ = CUE_SOURCE_PREPOSITION | CUE_SOURCE_POSTPOSITION | CUE_ES_VERB;
/** The cue bits that start a frame rule (all but the Konjunktiv forms). */
const FRAME_CUES = CUE_BITS & ~(CUE_KONJUNKTIV_I | CUE_KONJUNKTIV_II);

/** fold(text) === key, most words told by their first letter alone. */
const foldsTo = (text: string, key: string): boolean => mayFoldTo(text, key) && fold(text) === key;

/**
 * Whether a frame rule may fire in a unit whose words are the tokens [from, to) one to
 * one (no quotation and no name in quotation marks among them), `cues` holding each
 * token's cue bits (tokenCues). False only where findFrames finds no frame in the words.
 */
export function mayFrame(tokens: readonly Token[], cues: Int32Array, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const cue = cues[t]! & FRAME_CUES;
    if (cue === 0) continue;
    if (cue & ALWAYS_READ) return true;
    // Each bit's condition on its own: findFrames runs the first rule whose bit is set, and a frame needs that rule's condition.
    if (cue & CUE_NACH && sourceNounAfter(tokens, t, to)) return true;
    if (cue & CUE_SO && t > from && tokens[t - 1]!.text === ',') return true;
    if (cue & CUE_SPEECH_NOUN && t + 1 < to && tokens[t + 1]!.text === ',' && !startsLower(tokens[t]!.text)) return true;
    if (cue & CUE_VERB && verbMayFrame(tokens, t, from, to)) return true;
  }
  return false;
}

/** sourceNoun's noun ("nach [eigenen] Angaben"): one of the four words after "nach". */
function sourceNounAfter(tokens: readonly Token[], t: number, to: number): boolean {
  const nouns = speechLexicon().sourceNouns;
  for (let k = t + 1; k < to && k - t <= 4; k++) {
    const text = tokens[k]!.text;
    // Told by the first letter where it can be, before folding (the nouns are capitalised: folding them allocates).
    if (mayStartKey(text, sourceNounInitials()) && nouns.has(fold(text))) return true;
  }
  return false;
}

let sourceNounInitialsOnce: Uint8Array | null = null;
const sourceNounInitials = (): Uint8Array => (sourceNounInitialsOnce ??= initialsOf(speechLexicon().sourceNouns));

/**
 * findFrames tries a verb form lower-case, or first in the unit or after a colon; verbFrame
 * needs a reading (chooseReading): a plain one, a particle before it, or its particle later on.
 */
function verbMayFrame(tokens: readonly Token[], t: number, from: number, to: number): boolean {
  const text = tokens[t]!.text;
  if (!(startsLower(text) || t === from || tokens[t - 1]!.text === ':')) return false;
  for (const r of speechLexicon().verbs.get(fold(text)) ?? []) {
    if (r.particle) {
      for (let k = t + 1; k < to; k++) if (foldsTo(tokens[k]!.text, r.particle)) return true;
    } else if (r.particleBefore) {
      if (t > from && foldsTo(tokens[t - 1]!.text, r.particleBefore)) return true;
    } else {
      return true;
    }
  }
  return false;
}
