// Reporting frames in one unit: a cue (a reporting verb, "so", "hieß es", "laut",
// "zufolge", "nach Angaben"), the phrase that names the speaker, and the words it
// reports. The frame kinds follow the German word orders of news reports:
//   post    „…“, sagte X. / …, teilte X mit. / …, so X.     content before the cue
//   colon   X sagte: „…“ / Er stellte klar: …                content after the colon
//   comma   X betonte, … sei … / X sagte, dass …              content after the comma
//   wie     Wie X mitteilte, … / …, wie es aus Y hieß.       content is the main clause
//   source  laut X / X zufolge / nach Angaben von X           content is the unit
//   object  X sprach von einem „…“ / X bezeichnete Y als „…“  no content; quotes in it are X's
import type { Word } from './units.js';
import { MARK_CLAUSE_END, MARK_COLON, MARK_COMMA, MARK_EN_DASH, MARK_OPEN_PAREN, MARK_SEMICOLON, isQuoteWord, keyIs } from './units.js';
import type { Phrase } from './phrases.js';
import { antecedentBefore, isBoundary, isClauseEnd, phraseAfter, phraseBefore, phraseEndingAt } from './phrases.js';
import { startsLower, startsUpper } from '../letter-case.js';
import type { VerbReading } from './lexicon.js';
import {
  CUE_ES_VERB, CUE_KONJUNKTIV_I, CUE_KONJUNKTIV_II, CUE_NACH, CUE_SO, CUE_SOURCE_POSTPOSITION, CUE_SOURCE_PREPOSITION, CUE_SPEECH_NOUN, CUE_VERB,
  CLASS_AUXILIARY, CLASS_DETERMINER, CLASS_MODAL, CLASS_RELATIVE_PRONOUN, CLASS_SUBORDINATOR, fold, speechLexicon,
} from './lexicon.js';

export type FrameKind = 'post' | 'colon' | 'comma' | 'wie' | 'source' | 'object';

export interface Range {
  from: number;
  to: number;
}

export interface Frame {
  kind: FrameKind;
  /** Word index of the cue. */
  at: number;
  /** Word index of the finite verb (the auxiliary of "hatte … gesagt"); what follows it are the verb's objects. */
  anchor: number;
  /** The cue as written, with auxiliary and particle: "teilte mit", "hatte gesagt", "laut". */
  verb: string;
  /** Whether the cue reports statements (claims); false for "nannte", "sprach von", thoughts. */
  claim: boolean;
  /** Speaker phrase candidates, best first. */
  subjects: Phrase[];
  /** No subject of its own: coordinated with the unit's previous frame ("…, weist … zurück und wirft … vor"). */
  inherit: boolean;
  /** "nach eigenen Angaben", "hieß es" without a source: the context's speaker. */
  selfReference: boolean;
  /** The reported words (word indices), or null. */
  content: Range | null;
  /** The content follows "dass". */
  dass: boolean;
  /** The words of the frame's clause, for quotes that stand in it. */
  clause: Range;
  /** A "hieß es" frame: its speaker is in an aus/von/bei phrase, if anywhere. */
  impersonal: boolean;
  /** Cued by a noun ("die Behauptung, …"): weaker than a verb's frame for the quotes in it. */
  noun: boolean;
}

/** What a cue fixes about its frame before the frame's kind, speakers and content are known. */
type FrameBase = Pick<Frame, 'at' | 'anchor' | 'verb' | 'claim' | 'inherit' | 'selfReference' | 'dass' | 'clause' | 'impersonal'>;

/**
 * A frame from its base and what the rule found. Every frame is built here, with its
 * fields in one order: the rules that read frames then see a single object shape (and
 * no object spread, which costs microseconds per frame).
 */
function makeFrame(
  kind: FrameKind, base: FrameBase, subjects: Phrase[], content: Range | null,
  dass = base.dass, inherit = base.inherit, selfReference = base.selfReference, noun = false,
): Frame {
  return {
    kind, at: base.at, anchor: base.anchor, verb: base.verb, claim: base.claim, subjects, inherit, selfReference,
    content, dass, clause: base.clause, impersonal: base.impersonal, noun,
  };
}

const MAX_SCAN = 40;
const SOURCE_PP = new Set(['aus', 'von', 'vom', 'bei', 'beim', 'seitens']);
/** Prepositions of a source fronted before "hieß es": "Im Pentagon", "Aus Regierungskreisen", "In Moskau". */
const FRONTED_SOURCE = new Set(['aus', 'von', 'vom', 'bei', 'beim', 'seitens', 'im', 'in']);
/** Adverbs between "wie" or "so" and the speaker, or after it: "wie schon die WHO sagte", "so X weiter". */
const CLAUSE_ADVERBS = new Set(['wörtlich', 'woertlich', 'sinngemäß', 'schon', 'bereits', 'auch', 'zuvor', 'weiter', 'zudem', 'außerdem', 'ausserdem', 'ebenfalls', 'jedoch', 'dagegen', 'allerdings', 'abschließend', 'abschliessend', 'später', 'damals', 'kürzlich', 'jetzt', 'nun', 'gestern', 'heute']);
const OBJECT_CASE = new Set(['den', 'dem', 'einem', 'einen', 'diesem', 'diesen']);
const PASSIVE = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden']);

/** `quoted`: whether the words contain a quote placeholder (false spares the search for a bare colon frame). */
export function findFrames(words: readonly Word[], quoted = true): Frame[] {
  const frames: Frame[] = [];
  const bare = quoted ? bareColonFrame(words) : null;
  if (bare) frames.push(bare);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Most words cue nothing; placeholders have no cue bits either.
    const cue = w.cue;
    if (cue === 0) continue;
    let frame: Frame | null = null;
    if (cue & CUE_SOURCE_PREPOSITION) frame = sourceAfter(words, i);
    else if (cue & CUE_SOURCE_POSTPOSITION) frame = sourceBefore(words, i);
    else if (cue & CUE_NACH) frame = sourceNoun(words, i);
    else if (cue & CUE_SO && words[i - 1]?.text === ',') frame = soFrame(words, i);
    else if (cue & CUE_ES_VERB) frame = esFrame(words, i);
    else if (cue & CUE_SPEECH_NOUN && words[i + 1]?.text === ',' && !isLowerCase(w)) frame = nounFrame(words, i);
    else if (cue & CUE_VERB && !w.name && (isLowerCase(w) || i === 0 || words[i - 1]!.text === ':')) frame = verbFrame(words, i, frames);
    if (frame) frames.push(frame);
  }
  return frames;
}

const isLowerCase = (w: Word): boolean => startsLower(w.text);

// ---------- source frames: laut X, X zufolge, nach Angaben von X ----------

function unitRange(words: readonly Word[]): Range {
  return { from: 0, to: words.length };
}

function sourceFrame(words: readonly Word[], at: number, verb: string, subject: Phrase | null, selfReference: boolean): Frame {
  const base: FrameBase = { at, anchor: at, verb, claim: true, inherit: false, selfReference, dass: false, clause: clauseAround(words, at), impersonal: false };
  return makeFrame('source', base, subject ? [subject] : [], unitRange(words));
}

function sourceAfter(words: readonly Word[], i: number): Frame | null {
  const np = phraseAfter(words, i + 1);
  return np && !np.pronoun ? sourceFrame(words, i, words[i]!.text, np, false) : null;
}

function sourceBefore(words: readonly Word[], i: number): Frame | null {
  const np = phraseEndingAt(words, i);
  if (!np) return null;
  const self = words[np.from]?.key === 'eigenen' || words[np.from + 1]?.key === 'eigenen';
  return sourceFrame(words, i, words[i]!.text, self ? null : np, self);
}

function sourceNoun(words: readonly Word[], i: number): Frame | null {
  const lex = speechLexicon();
  let k = i + 1;
  let self = false;
  while (k < words.length && k - i < 4 && startsLower(words[k]!.text)) {
    if (words[k]!.key === 'eigenen') self = true;
    k++;
  }
  const noun = words[k];
  if (!noun || !lex.sourceNouns.has(noun.key)) return null;
  // "nach Angaben zufolge" is not a thing; "Angaben der Polizei zufolge" is the zufolge frame's.
  const after = words[k + 1];
  if (after && lex.sourcePostpositions.has(after.key)) return null;
  let np: Phrase | null = null;
  if (after && (after.key === 'von' || after.key === 'vom')) np = phraseAfter(words, k + 2);
  else if (after && (after.key === 'des' || after.key === 'der')) np = phraseAfter(words, k + 1);
  else if (after && startsUpper(after.text)) np = phraseAfter(words, k + 1);
  if (!np && !self) return sourceFrame(words, i, `nach ${noun.text}`, null, false);
  return sourceFrame(words, i, `nach ${noun.text}`, np, self && !np);
}

// ---------- "die Behauptung, X sei …" ----------

function nounFrame(words: readonly Word[], i: number): Frame | null {
  const after = complementAfter(words, i);
  if (!after?.content || after.kind !== 'comma' || isQuoteWord(words[i + 2])) return null;
  if (!after.dass && !hasKonjunktiv(words, after.content, false)) return null;
  const base: FrameBase = { at: i, anchor: i, verb: words[i]!.text, claim: true, inherit: false, selfReference: false, dass: after.dass, clause: clauseAround(words, i), impersonal: false };
  return makeFrame('comma', base, [], after.content, after.dass, false, false, true);
}

// ---------- "…, so X." ----------

function soFrame(words: readonly Word[], i: number): Frame | null {
  let k = i + 1;
  // "so ein US-Regierungsvertreter", "so der Sprecher", "so Kirby"
  const np = phraseAfter(words, k);
  if (!np) return null;
  k = np.to;
  // "…, so Obama weiter, …", "so der Minister zudem"
  while (k < words.length && CLAUSE_ADVERBS.has(words[k]!.key)) k++;
  if (!(k >= words.length || isBoundary(words[k]))) return null;
  const from = contentStart(words, i - 1);
  // "„In absehbarer Zeit“, so X, wird VW „…“ entwickeln": the report runs on after the parenthesis.
  const parenthetical = words[k]?.text === ',';
  const clause = { from: i, to: parenthetical ? words.length : k };
  const base: FrameBase = { at: i, anchor: i, verb: words[i]!.text, claim: true, inherit: false, selfReference: false, dass: false, clause, impersonal: false };
  return makeFrame('post', base, [np], { from, to: parenthetical ? words.length : i - 1 });
}

// ---------- "hieß es", "heißt es", "wie es aus … hieß" ----------

function esFrame(words: readonly Word[], i: number): Frame | null {
  const c = clauseStart(words, i);
  const esAfter = words[i + 1]?.key === 'es';
  let esAt = -1;
  for (let k = c; k < i; k++) if (words[k]!.key === 'es') esAt = k;
  if (!esAfter && esAt < 0) return null;
  const end = clauseEndFrom(words, i);
  let subject: Phrase | null = null;
  for (let k = (esAfter ? i + 2 : esAt + 1); k < end && !subject; k++) {
    if (SOURCE_PP.has(words[k]!.key)) subject = phraseAfter(words, k + 1) ?? phraseAfter(words, k + 2);
  }
  // "Im Pentagon hieß es", "Aus dem Kreml hieß es": the source fronted before the verb.
  const fronted = !subject && esAfter && c < i && FRONTED_SOURCE.has(words[c]!.key);
  if (fronted) subject = phraseAfter(words, c + 1);
  const verb = esAfter ? `${words[i]!.text} es` : words[i]!.text;
  const base: FrameBase = { at: i, anchor: i, verb, claim: true, inherit: false, selfReference: !subject || fronted, dass: false, clause: { from: c, to: end }, impersonal: true };
  const subjects = subject ? [subject] : [];
  if (words[c]?.key === 'wie') return makeFrame('wie', base, subjects, wieContent(words, c, i));
  const after = complementAfter(words, esAfter ? i + 1 : i);
  if (after) return makeFrame(after.kind, base, subjects, after.content, after.dass);
  const from = c > 0 && (words[c - 1]!.text === ',' || isQuoteWord(words[c - 1])) && c === i ? contentStart(words, c - 1) : contentStart(words, c);
  const to = c === i && c > 0 ? (words[c - 1]!.text === ',' ? c - 1 : c) : i;
  return to > from ? makeFrame('post', base, subjects, { from, to }) : null;
}

// ---------- reporting verbs ----------

interface Reading {
  reading: VerbReading;
  particleAt: number;
}

function chooseReading(words: readonly Word[], i: number): Reading | null {
  const readings = speechLexicon().verbs.get(words[i]!.key) ?? [];
  let plain: Reading | null = null;
  let before: Reading | null = null;
  // "versichert", "berichtet": finite or participle; an auxiliary earlier in the clause decides
  // (looked for only when a form has both readings).
  let perfect: boolean | null = null;
  // Where a particle could close the clause, found once for all the form's particle readings ("gibt" has several).
  let slots: number[] | null = null;
  for (const r of readings) {
    if (r.particle) {
      slots ??= particleSlots(words, i);
      const at = particleIn(words, slots, r.particle);
      if (at >= 0) return { reading: r, particleAt: at };
    } else if (r.particleBefore) {
      const prev = words[i - 1];
      if (prev && keyIs(prev, r.particleBefore)) before ??= { reading: r, particleAt: i - 1 };
    } else if (!plain) {
      plain = { reading: r, particleAt: -1 };
    } else if (r.kind === 'participle' && plain.reading.kind !== 'participle' && (perfect ??= auxiliaryBefore(words, i) >= 0)) {
      plain = { reading: r, particleAt: -1 };
    }
  }
  return before ?? plain;
}

/**
 * A separable particle closes its clause: "teilte … mit." / "kündigte … an, …" / "… vor und …".
 * The words after the verb at i, up to the clause end, that stand where a particle would:
 * before a boundary, "und" or "oder", or last. The first of them that is the particle is it.
 */
function particleSlots(words: readonly Word[], i: number): number[] {
  const slots: number[] = [];
  for (let k = i + 1; k < words.length && k - i < MAX_SCAN; k++) {
    const w = words[k]!;
    // A clause end is no particle (no mark is a word), and the particle is not looked for past it.
    if (w.mark & (MARK_CLAUSE_END | MARK_COLON)) break;
    const next = words[k + 1];
    if (!next || isBoundary(next) || keyIs(next, 'und') || keyIs(next, 'oder')) slots.push(k);
  }
  return slots;
}

/** The first slot holding `particle`, or -1. */
function particleIn(words: readonly Word[], slots: readonly number[], particle: string): number {
  for (const k of slots) if (keyIs(words[k]!, particle)) return k;
  return -1;
}

function verbFrame(words: readonly Word[], i: number, earlier: readonly Frame[]): Frame | null {
  const chosen = chooseReading(words, i);
  if (!chosen) return null;
  const { reading } = chosen;
  let anchor = i;
  // "Das musste Steinbrück einräumen": the modal carries the clause.
  const modal = reading.kind === 'finite' ? modalBefore(words, i) : -1;
  if (modal >= 0) anchor = modal;
  if (reading.kind === 'participle') {
    const aux = auxiliaryBefore(words, i);
    if (aux >= 0) anchor = aux;
  }
  const anchorWord = words[anchor]!;
  // A reporting verb in the Konjunktiv is itself reported ("Biden habe … bekräftigt"): content, not a frame.
  if (anchorWord.cue & KONJUNKTIV) return null;
  if (PASSIVE.has(anchorWord.key) && reading.lemma !== 'zitieren') return null;
  const c = clauseStart(words, anchor);
  const first = words[c]!;
  const cue = verbText(words, i, anchor, chosen);
  // "wollte nicht bestätigen, dass …" reports no statement.
  const claim = reading.claim && !reading.thought && !negated(words, anchor, Math.max(i, chosen.particleAt));
  const end = clauseEndFrom(words, i);
  const base: FrameBase = { at: i, anchor, verb: cue, claim, inherit: false, selfReference: false, dass: false, clause: { from: c, to: end }, impersonal: false };
  if (first.key === 'wie' && c < anchor) {
    let k = words[c + 1]?.key === 'sich' ? c + 2 : c + 1;
    // "Wie schon die WHO sagte", "wie auch der Minister betonte"
    while (k < anchor && CLAUSE_ADVERBS.has(words[k]!.key)) k++;
    const np = phraseAfter(words, k);
    return makeFrame('wie', base, np ? [np] : [], wieContent(words, c, Math.max(i, chosen.particleAt)), false, false, !np);
  }
  if (c < anchor && ((first.classes & CLASS_SUBORDINATOR) !== 0 || ((first.classes & CLASS_RELATIVE_PRONOUN) !== 0 && words[c - 1]?.text === ','))) {
    return subordinateFrame(words, c, i, base);
  }
  // "…, zumal Verteidiger X immer wieder betont hatte, …": a verb-final clause.
  if (c < i && isAuxiliary(words[i + 1]) && reading.kind === 'participle' && anchor === i) {
    return subordinateFrame(words, c - ((first.classes & CLASS_SUBORDINATOR) !== 0 ? 0 : 1), i, base);
  }
  if (reading.kind === 'participle' && anchor === i && !(c === i && words[c - 1]?.text === ',')) return null;

  const subjects = subjectsOf(words, c, anchor);
  const inherit = subjects.length === 0 && c === anchor && earlier.length > 0 && isCoordinated(words, anchor);
  const verbEnd = Math.max(i, chosen.particleAt, anchor);
  const post = subjects.find((s) => s.from > anchor);
  const scanFrom = post ? Math.max(verbEnd, post.to - 1) : verbEnd;
  const after = complementAfter(words, scanFrom);
  const realColon = after?.kind === 'colon' && words[(after.content?.from ?? 0) - 1]?.text === ':';
  if (realColon) return makeFrame(after.kind, base, subjects, after.content, after.dass, inherit);
  const verbFirst = c === anchor && c > 0 && (words[c - 1]!.text === ',' || isQuoteWord(words[c - 1])) && !subjects.some((s) => s.to <= anchor);
  // "Der Kreml dementiert …, weist … zurück": a second verb of the same subject, not a frame after a report.
  const coordinated = verbFirst && earlier.some((f) => f.kind !== 'source' && f.at < anchor && f.subjects.some((s) => s.to <= f.at));
  if (coordinated) return makeFrame('object', base, [], null, false, true);
  if (verbFirst && subjects.length > 0 && !inherit) {
    const from = contentStart(words, c - 1);
    const to = words[c - 1]!.text === ',' ? c - 1 : c;
    const quoteBefore = to - from === 1 && isQuoteWord(words[from]);
    // "In der Debatte …, hat X gefordert, …": a complement after the verb outweighs a clause before it.
    if (to > from && (words[from]!.classes & CLASS_SUBORDINATOR) === 0 && (quoteBefore || after?.kind !== 'comma')) {
      return makeFrame('post', base, subjects, { from, to });
    }
  }
  if (after) return makeFrame(after.kind, base, subjects, after.content, after.dass, inherit);
  return makeFrame('object', base, subjects, null, false, inherit);
}

/**
 * A reporting verb at the end of a subordinate clause frames only what a colon opens
 * after it: "…, die Gerhard Schröder zum Kriterium erklärt hatte: „…“".
 */
function subordinateFrame(words: readonly Word[], c: number, i: number, base: FrameBase): Frame | null {
  const lex = speechLexicon();
  let end = i;
  if (isAuxiliary(words[i + 1])) end = i + 1;
  const relative = c >= 0 && lex.relativePronouns.has(words[c]?.key ?? '') && words[c - 1]?.text === ',';
  // "…, der sagte, …": the relative pronoun's antecedent speaks; "weil die US-Regierung … bezeichnet hat": the clause's subject.
  const np = relative && i - c <= 3 ? antecedentBefore(words, c - 1) : phraseAfter(words, c + 1);
  const subjects = np ? [np] : [];
  if (words[end + 1]?.text === ':' && isQuoteWord(words[end + 2])) {
    return makeFrame('colon', base, subjects, { from: end + 2, to: words.length });
  }
  const after = words[end + 1]?.text === ',' ? complementAfter(words, end) : null;
  if (after?.kind === 'comma') return makeFrame(after.kind, base, subjects, after.content, after.dass);
  return subjects.length ? makeFrame('object', base, subjects, null) : null;
}

/** "BKA-Präsident Ziercke: „…“": a speaker and a colon opening a quote, without a verb. */
function bareColonFrame(words: readonly Word[]): Frame | null {
  if (!hasColonBeforeQuote(words)) return null;
  const np = phraseAfter(words, 0);
  if (!np || np.pronoun || words[np.to]?.text !== ':' || !isQuoteWord(words[np.to + 1])) return null;
  const base: FrameBase = { at: np.to, anchor: np.to, verb: '', claim: false, inherit: false, selfReference: false, dass: false, clause: { from: 0, to: np.to }, impersonal: false };
  return makeFrame('colon', base, [np], { from: np.to + 1, to: words.length });
}

/** A colon right before a quote placeholder somewhere in the unit: what a bare colon frame needs. */
function hasColonBeforeQuote(words: readonly Word[]): boolean {
  for (let k = 1; k < words.length; k++) if (words[k]!.quote >= 0 && words[k - 1]!.text === ':') return true;
  return false;
}

/** Speaker candidates of a V2 clause: the phrase before the finite verb, or the one after it. */
function subjectsOf(words: readonly Word[], c: number, anchor: number): Phrase[] {
  // "äußerte sich der EU-Außenbeauftragte", "erinnerte sich Trotnow"
  const post = phraseAfter(words, words[anchor + 1]?.key === 'sich' ? anchor + 2 : anchor + 1);
  if (post?.pronoun && words[post.from]!.key !== 'es') return [post];
  const pre = c < anchor || words[anchor - 1]?.text === ',' ? phraseBefore(words, anchor) : null;
  const out: Phrase[] = [];
  const preIsObject = pre && !pre.pronoun && OBJECT_CASE.has(words[pre.from]!.key);
  if (pre && !preIsObject) out.push(pre);
  // The phrase after the verb is a candidate too: after the one before it, if any.
  if (post && !post.pronoun) out.push(post);
  // "Günther Platter, der Verteidigungsminister …, der …, sagte": the unit's opening phrase.
  if (out.length === 0 && c === anchor && words[c - 1]?.text === ',') {
    const opening = phraseAfter(words, 0);
    if (opening && !opening.pronoun && words[opening.to]?.text === ',') out.push(opening);
  }
  return out;
}

function isCoordinated(words: readonly Word[], anchor: number): boolean {
  const before = words[anchor - 1];
  return before !== undefined && (before.key === 'und' || before.key === 'sowie' || before.key === 'oder' || before.text === ',');
}

/** What follows the verb (and its post-verbal subject): a colon, or a comma opening a complement. */
function complementAfter(words: readonly Word[], from: number): Pick<Frame, 'kind' | 'content' | 'dass'> | null {
  let skippedRelative = false;
  for (let k = from + 1; k < words.length && k - from <= 45; k++) {
    const w = words[k]!;
    if (w.text === ':') return k + 1 < words.length ? { kind: 'colon', content: { from: k + 1, to: words.length }, dass: false } : null;
    if (isQuoteWord(w) && k === from + 1) return { kind: 'colon', content: { from: k, to: words.length }, dass: false };
    if (w.text === ',') {
      const next = words[k + 1];
      if (!next) return null;
      if (next.key === 'dass' || next.key === 'daß') return { kind: 'comma', content: { from: k + 2, to: words.length }, dass: true };
      if (isQuoteWord(next)) return { kind: 'comma', content: { from: k + 1, to: words.length }, dass: false };
      const article = (next.classes & CLASS_DETERMINER) !== 0 && (startsUpper(words[k + 2]?.text ?? '') || isAdjectiveLike(words[k + 2]));
      // "damit solle …", "da sei …": an adverb before the finite verb, not a conjunction.
      const adverb = isFiniteMarker(words[k + 2]);
      const relative = !article && !adverb && (next.classes & CLASS_RELATIVE_PRONOUN) !== 0;
      if (relative && !skippedRelative) {
        // "schrieb in einer Erklärung, die … veröffentlicht wurde, sie wolle …": look past one relative clause.
        let close = k + 2;
        while (close < words.length && close - k < 25 && words[close]!.text !== ',' && !isClauseEnd(words[close])) close++;
        if (words[close]?.text === ',') { skippedRelative = true; k = close - 1; continue; }
      }
      if (!article && !adverb && ((next.classes & CLASS_SUBORDINATOR) !== 0 || relative || next.key === 'um' || next.key === 'ohne')) return null;
      return { kind: 'comma', content: { from: k + 1, to: words.length }, dass: false };
    }
    if (isClauseEnd(w)) return null;
  }
  return null;
}

function isFiniteMarker(w: Word | undefined): boolean {
  return w !== undefined && ((w.cue & KONJUNKTIV) !== 0 || isAuxiliary(w) || isModal(w));
}

const isAdjectiveLike = (w: Word | undefined): boolean => w !== undefined && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(w.text);

function wieContent(words: readonly Word[], c: number, verbEnd: number): Range | null {
  if (c === 0 || (c > 0 && words[c - 1]!.text !== ',')) {
    // "Wie X mitteilte, <main clause>"
    for (let k = verbEnd + 1; k < words.length && k - verbEnd < 4; k++) {
      if (words[k]!.text === ',') return k + 1 < words.length ? { from: k + 1, to: words.length } : null;
    }
    return null;
  }
  // "<main clause>, wie X mitteilte."
  const from = contentStart(words, c - 1);
  return c - 1 > from ? { from, to: c - 1 } : null;
}

/** Where reported words before a cue begin: after a colon, else at the unit start. */
function contentStart(words: readonly Word[], before: number): number {
  for (let k = before - 1; k >= 0; k--) if (words[k]!.text === ':') return k + 1;
  return 0;
}

export function clauseStart(words: readonly Word[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k < MAX_SCAN; k--) {
    const w = words[k]!;
    if (w.mark & (MARK_COMMA | MARK_SEMICOLON | MARK_COLON | MARK_OPEN_PAREN | MARK_EN_DASH | MARK_CLAUSE_END)) return k + 1;
    // „…“ sagte er: a quote standing as the utterance bounds the clause; „Bild“ inside a phrase does not.
    if (isQuoteWord(w) && k === i - 1 && (k === 0 || isBoundary(words[k - 1]))) return k + 1;
  }
  return Math.max(0, i - MAX_SCAN + 1);
}

function clauseEndFrom(words: readonly Word[], i: number): number {
  for (let k = i + 1; k < words.length && k - i < MAX_SCAN * 2; k++) {
    const w = words[k]!;
    if (w.mark & (MARK_CLAUSE_END | MARK_COLON)) return k;
  }
  return Math.min(words.length, i + MAX_SCAN * 2);
}

function clauseAround(words: readonly Word[], i: number): Range {
  return { from: clauseStart(words, i), to: clauseEndFrom(words, i) };
}

const isModal = (w: Word): boolean => (w.classes & CLASS_MODAL) !== 0;
const isAuxiliary = (w: Word | undefined): boolean => w !== undefined && (w.classes & CLASS_AUXILIARY) !== 0;

/** A verb form in -en after a modal of its clause is an infinitive ("würden … drohen"): the modal's index, or -1. */
function modalBefore(words: readonly Word[], i: number): number {
  if (!words[i]!.key.endsWith('en')) return -1;
  for (let k = i - 1; k >= 0 && i - k < MAX_SCAN; k--) {
    const w = words[k]!;
    if (isModal(w)) return k;
    if (w.mark & (MARK_COMMA | MARK_COLON | MARK_CLAUSE_END)) return -1;
  }
  return -1;
}

const NEGATIONS = new Set(['nicht', 'nie', 'niemals', 'keineswegs', 'kaum']);

function negated(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (NEGATIONS.has(words[k]!.key)) return true;
  return false;
}

function auxiliaryBefore(words: readonly Word[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k < MAX_SCAN; k--) {
    const w = words[k]!;
    if (isAuxiliary(w)) return k;
    if (w.mark & (MARK_COMMA | MARK_COLON | MARK_CLAUSE_END)) return -1;
  }
  return -1;
}

/** The cue as written: auxiliary or modal, a particle before, the verb, a particle after. */
function verbText(words: readonly Word[], i: number, anchor: number, chosen: Reading): string {
  let text = '';
  if (anchor !== i) text = `${words[anchor]!.text} `;
  if (chosen.particleAt >= 0 && chosen.particleAt < i) text += `${words[chosen.particleAt]!.text} `;
  text += words[i]!.text;
  if (chosen.particleAt > i) text += ` ${words[chosen.particleAt]!.text}`;
  return text;
}

/** A word's Konjunktiv cue bits say whether its key is in the lexicon's konjunktivI / konjunktivII lists (the cue table is built from them). */
const KONJUNKTIV = CUE_KONJUNKTIV_I | CUE_KONJUNKTIV_II;

const QUOTED_WORD = /[\p{Ll}]+/gu;

/** A Konjunktiv form in the range; with `quoted`, inside its quotes as well ("das Gespräch „sei …“"). */
export function hasKonjunktiv(words: readonly Word[], range: Range, strong: boolean, quoted = false): boolean {
  const forms = strong ? CUE_KONJUNKTIV_I : CUE_KONJUNKTIV_I | CUE_KONJUNKTIV_II;
  for (let k = range.from; k < range.to; k++) {
    const w = words[k]!;
    if (isQuoteWord(w)) {
      if (quoted && quotedKonjunktiv(w.text, strong)) return true;
      continue;
    }
    // Only lower-case forms: "Ende" is a noun, "ende" a verb.
    if (w.cue & forms && isLowerCase(w)) return true;
  }
  return false;
}

function quotedKonjunktiv(text: string, strong: boolean): boolean {
  const lex = speechLexicon();
  for (const m of text.matchAll(QUOTED_WORD)) {
    if (lex.konjunktivI.has(fold(m[0])) || (!strong && lex.konjunktivII.has(fold(m[0])))) return true;
  }
  return false;
}
