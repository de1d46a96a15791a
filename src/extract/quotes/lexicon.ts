// The speech lexicon (src/lexicon/data/speech-*.json), loaded once. Every lookup key is
// folded: lower case, ß → ss, so Swiss spelling ("hiess", "äussert") needs no entries.
import { readFileSync } from 'node:fs';

export const fold = (s: string): string => {
  const lower = s.toLowerCase();
  return lower.includes('ß') ? lower.replace(/ß/g, 'ss') : lower;
};

function readData<T>(name: string): T {
  // src/extract/quotes/*.ts and dist/extract/quotes/*.js are three levels below the package root.
  return JSON.parse(readFileSync(new URL(`../../../src/lexicon/data/${name}`, import.meta.url), 'utf8')) as T;
}

interface VerbData {
  lemma: string;
  finite: string[];
  participle: string;
  particle?: string;
  claim?: boolean;
  thought?: boolean;
}
interface VerbFile {
  verbs: VerbData[];
  esVerbs: string[];
  sourcePrepositions: string[];
  sourcePostpositions: string[];
  sourceNouns: string[];
  auxiliaries: string[];
  konjunktivI: string[];
  konjunktivII: string[];
  weakKonjunktiv: string[];
}
interface WordFile {
  determiners: string[];
  pronouns: string[];
  nameParticles: string[];
  subordinators: string[];
  relativePronouns: string[];
  coordinators: string[];
  focusParticles: string[];
  functionWords: string[];
  bodies: string[];
  spokesNouns: string[];
  speechNouns: string[];
  orgNouns: string[];
  titleHeads: string[];
  compoundTails: string[];
  sogenannt: string[];
  capitals: Record<string, string>;
}

export type FormKind = 'finite' | 'participle';

/** One reading of a word form as a reporting verb. */
export interface VerbReading {
  lemma: string;
  kind: FormKind;
  /** The separable particle still to be found in the clause, or null (none, or already joined). */
  particle: string | null;
  /** The particle as a separate word right before the form ("bekannt gegeben"), or null. */
  particleBefore: string | null;
  claim: boolean;
  thought: boolean;
}

export interface SpeechLexicon {
  verbs: Map<string, VerbReading[]>;
  esVerbs: Set<string>;
  sourcePrepositions: Set<string>;
  sourcePostpositions: Set<string>;
  sourceNouns: Set<string>;
  auxiliaries: Set<string>;
  konjunktivI: Set<string>;
  konjunktivII: Set<string>;
  weakKonjunktiv: Set<string>;
  determiners: Set<string>;
  pronouns: Set<string>;
  nameParticles: Set<string>;
  subordinators: Set<string>;
  relativePronouns: Set<string>;
  coordinators: Set<string>;
  focusParticles: Set<string>;
  functionWords: Set<string>;
  bodies: Set<string>;
  spokesNouns: Set<string>;
  speechNouns: Set<string>;
  orgNouns: Set<string>;
  titleHeads: Set<string>;
  compoundTails: Set<string>;
  sogenannt: Set<string>;
  /** Folded capital name → ISO alpha-2 code of its state. */
  capitals: Map<string, string>;
}

const set = (xs: readonly string[]): Set<string> => new Set(xs.map(fold));

function addReading(map: Map<string, VerbReading[]>, form: string, reading: VerbReading): void {
  const key = fold(form);
  const list = map.get(key) ?? [];
  list.push(reading);
  map.set(key, list);
}

function buildVerbs(verbs: readonly VerbData[]): Map<string, VerbReading[]> {
  const map = new Map<string, VerbReading[]>();
  for (const v of verbs) {
    const base = { lemma: v.lemma, claim: v.claim !== false, thought: v.thought === true };
    const p = v.particle ?? null;
    for (const f of v.finite) {
      addReading(map, f, { ...base, kind: 'finite', particle: p, particleBefore: null });
      // Verb-final clauses join the particle: "wie er mitteilte", "als sie bekanntgab".
      if (p) addReading(map, p + f, { ...base, kind: 'finite', particle: null, particleBefore: null });
      if (p) addReading(map, f, { ...base, kind: 'finite', particle: null, particleBefore: p });
    }
    if (p) {
      addReading(map, p + v.participle, { ...base, kind: 'participle', particle: null, particleBefore: null });
      addReading(map, v.participle, { ...base, kind: 'participle', particle: null, particleBefore: p });
    } else {
      addReading(map, v.participle, { ...base, kind: 'participle', particle: null, particleBefore: null });
    }
  }
  return map;
}

let cached: SpeechLexicon | null = null;

export function speechLexicon(): SpeechLexicon {
  if (cached) return cached;
  const v = readData<VerbFile>('speech-verbs.json');
  const w = readData<WordFile>('speech-words.json');
  cached = {
    verbs: buildVerbs(v.verbs),
    esVerbs: set(v.esVerbs),
    sourcePrepositions: set(v.sourcePrepositions),
    sourcePostpositions: set(v.sourcePostpositions),
    sourceNouns: set(v.sourceNouns),
    auxiliaries: set(v.auxiliaries),
    konjunktivI: set(v.konjunktivI),
    konjunktivII: set(v.konjunktivII),
    weakKonjunktiv: set(v.weakKonjunktiv),
    determiners: set(w.determiners),
    pronouns: set(w.pronouns),
    nameParticles: set(w.nameParticles),
    subordinators: set(w.subordinators),
    relativePronouns: set(w.relativePronouns),
    coordinators: set(w.coordinators),
    focusParticles: set(w.focusParticles),
    functionWords: set(w.functionWords),
    bodies: set(w.bodies),
    spokesNouns: set(w.spokesNouns),
    speechNouns: set(w.speechNouns),
    orgNouns: set(w.orgNouns),
    titleHeads: set(w.titleHeads),
    compoundTails: set(w.compoundTails),
    sogenannt: set(w.sogenannt),
    capitals: new Map(Object.entries(w.capitals).map(([k, code]) => [fold(k), code])),
  };
  return cached;
}
