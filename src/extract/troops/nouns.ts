// Personnel nouns and the word lists around them, loaded once from
// src/lexicon/data/personnel-nouns.json.
import { readFileSync } from 'node:fs';
import type { Doc, Token } from '../../types.js';
import { EndingTrie } from '../ending-trie.js';
import { startsUpper } from '../letter-case.js';

interface PersonnelData {
  nouns: string[];
  heads: string[];
  guardedHeads: Record<string, string[]>;
  notPersonnel: string[];
  casualtyWords: string[];
  agentHeads: string[];
  weakNouns: string[];
  militaryContext: string[];
  governmentSeats: string[];
  multinationalNouns: string[];
}

const data = JSON.parse(
  readFileSync(new URL('../../../src/lexicon/data/personnel-nouns.json', import.meta.url), 'utf8'),
) as PersonnelData;

/**
 * The dative plural adds -n to plurals in -e, -er, -el ("mit 100.000 Kämpfern", "von
 * 50 Blauhelmen"); the unit stays as written, the head is the base plural.
 */
function withDative(words: readonly string[]): Array<[string, string]> {
  return words.flatMap((w): Array<[string, string]> => (/(?:e|er|el)$/.test(w) ? [[w, w], [`${w}n`, w]] : [[w, w]]));
}

const NOUNS = new Map(withDative(data.nouns).map(([form, base]) => [form.toLowerCase(), base]));
/** Longest first, so "marinesoldaten" wins over "soldaten"; each with its base form. */
const HEADS = withDative(data.heads).sort((a, b) => b[0].length - a[0].length);
const GUARDED = new Map(Object.entries(data.guardedHeads).map(([h, mods]) => [h, new Set(mods)]));
const NOT_PERSONNEL = new Set(data.notPersonnel);
const CASUALTY = new Set(data.casualtyWords);
const AGENT_HEADS = [...data.agentHeads].sort((a, b) => b.length - a.length);
const AGENT_HEAD_SET = new Set(data.agentHeads);
const WEAK = new Set(data.weakNouns);
const MILITARY = data.militaryContext;
const SEATS = new Set(data.governmentSeats);
const MULTINATIONAL = new Set(data.multinationalNouns);

/**
 * Every word matchPersonnel accepts starts with a capital and, in lower case, ends in one of
 * these forms: a noun, a head or a guarded head, each also with the dative -n. A sentence
 * without such a word holds no personnel noun.
 */
const ENDINGS = [...NOUNS.keys(), ...HEADS.map(([form]) => form), ...[...GUARDED.keys()].flatMap((h) => [h, `${h}n`])];
const SHORTEST_ENDING = Math.min(...ENDINGS.map((e) => e.length));

/** The endings reversed into a trie: one walk back from a word's end says whether it ends in one. */
const PERSONNEL_ENDINGS = new EndingTrie(ENDINGS);

/** Whether a token may be a personnel noun: true for every token matchPersonnel accepts, and a few more. */
export function mayBePersonnel(text: string, token: Token): boolean {
  const { start, end } = token;
  // Most tokens are short or start with a lower-case letter: out at once.
  if (end - start < SHORTEST_ENDING) return false;
  return startsUpper(token.text) && PERSONNEL_ENDINGS.endsIn(text, start, end);
}

/**
 * The sentences (indexes, ascending) with a personnel noun: one pass over the tokens, a
 * table look-up for most of them, matchPersonnel for the few that end like one.
 */
export function personnelSentences(doc: Doc): number[] {
  const sentences: number[] = [];
  const { text, tokens } = doc;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (mayBePersonnel(text, t) && sentences.at(-1) !== t.sentence && matchPersonnel(t.text)) sentences.push(t.sentence);
  }
  return sentences;
}

export interface PersonnelNoun {
  /** The plain personnel noun the word ends in ("Soldaten" for "US-Soldaten"). */
  head: string;
  /** What stands before the head ("US", "Bundeswehr", "US-Marine"), or null. */
  prefix: string | null;
}

/** Capitalised form of a lower-case head, for the unit of an implied count. */
function display(head: string): string {
  return NOUNS.get(head) ?? head.charAt(0).toUpperCase() + head.slice(1);
}

/** "Soldaten", "US-Soldaten", "Bundeswehrsoldaten", "Spezialkräfte"; null for anything else. */
export function matchPersonnel(word: string): PersonnelNoun | null {
  // The gate's test first: most words end in no personnel form at all.
  if (word.length < SHORTEST_ENDING || !startsUpper(word) || !PERSONNEL_ENDINGS.endsIn(word, 0, word.length)) return null;
  const lower = word.toLowerCase();
  if (NOT_PERSONNEL.has(lower)) return null;
  const exact = NOUNS.get(lower);
  if (exact) return { head: exact, prefix: null };
  const dash = word.lastIndexOf('-');
  if (dash > 0) {
    const rest = word.slice(dash + 1);
    const restNoun = matchPersonnel(rest);
    if (restNoun) {
      const prefix = word.slice(0, dash) + (restNoun.prefix ? `-${restNoun.prefix}` : '');
      return { head: restNoun.head, prefix };
    }
  }
  for (const [form, base] of HEADS) {
    if (lower.length > form.length + 1 && lower.endsWith(form)) {
      return { head: display(base), prefix: trimLink(word.slice(0, word.length - form.length)) };
    }
  }
  for (const [head, modifiers] of GUARDED) {
    const form = lower.endsWith(head) ? head : lower.endsWith(`${head}n`) ? `${head}n` : null;
    if (!form || lower.length <= form.length) continue;
    const prefix = trimLink(word.slice(0, word.length - form.length));
    const key = prefix.toLowerCase().split('-').pop()!;
    if (modifiers.has(key) || modifiers.has(prefix.toLowerCase())) return { head: display(head), prefix };
  }
  return null;
}

/** "Bundeswehr-" → "Bundeswehr"; a trailing hyphen is only the compound's joint. */
function trimLink(prefix: string): string {
  return prefix.endsWith('-') ? prefix.slice(0, -1) : prefix;
}

export function isCasualtyWord(word: string): boolean {
  return CASUALTY.has(word.toLowerCase());
}

/** "Regierung", "Armee", "Verteidigungsministerium": nouns for a state's government or military. */
export function isAgentHead(word: string): boolean {
  return AGENT_HEAD_SET.has(word.toLowerCase());
}

/** The agent head a compound ends in ("US-Regierung" → "regierung"), with the prefix before it. */
export function splitAgentCompound(word: string): { prefix: string; head: string } | null {
  const lower = word.toLowerCase();
  for (const head of AGENT_HEADS) {
    if (lower.length > head.length + 1 && lower.endsWith(head)) {
      return { prefix: trimLink(word.slice(0, word.length - head.length)), head };
    }
  }
  return null;
}

/** A bare noun that also names civilians ("zehn Mann", "150 Kräfte der Feuerwehr"). */
export function isWeak(noun: PersonnelNoun): boolean {
  return noun.prefix === null && WEAK.has(noun.head);
}

/** Whether a word speaks of the military ("Streitkräfte", "Waffenstillstand", "Panzer"). */
export function isMilitaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  return MILITARY.some((m) => lower.includes(m));
}

/** A capital that may stand for its state as the acting subject ("Moskau hat … verlegt"). */
export function isGovernmentSeat(name: string): boolean {
  return SEATS.has(name);
}

/** Personnel of no single state ("Blauhelme"): no state is borrowed from the context. */
export function isMultinational(noun: PersonnelNoun): boolean {
  return MULTINATIONAL.has(noun.head);
}
