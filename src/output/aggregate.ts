// Corpus-wide views for the `actors` and `places` commands. Only the aggregates live
// in memory: each DocumentResult is folded in and can be dropped right after.
import type { ActorType, DocumentResult, OrgSubtype, PlaceType } from '../types.js';

export interface ActorAggregate {
  name: string;
  type: ActorType;
  subtype: OrgSubtype | null;
  roles: string[];
  country: string | null;
  aliases: string[];
  count: number;
  documents: string[];
}

export interface PlaceAggregate {
  name: string;
  type: PlaceType;
  code: string | null;
  aliases: string[];
  count: number;
  documents: string[];
}

interface Entry {
  name: string;
  type: string;
  aliases: Set<string>;
  count: number;
  documents: Set<string>;
}

interface ActorEntry extends Entry { type: ActorType; subtype: OrgSubtype | null; roles: Set<string>; country: string | null }
interface PlaceEntry extends Entry { type: PlaceType; code: string | null }

/** Code-unit order: the same on every machine, unlike localeCompare. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const sorted = (set: Set<string>): string[] => [...set].sort(byCodeUnit);

// Two actors are the same when type and canonical name agree; the NUL keeps
// ("person", "X") apart from any name that happens to contain the type.
const keyOf = (type: string, name: string): string => `${type}\u0000${name}`;

/** Most mentions first, then name; ties beyond that keep first-seen order (sort is stable). */
export function byCountThenName<T extends { count: number; name: string }>(list: T[]): T[] {
  return list.sort((a, b) => b.count - a.count || byCodeUnit(a.name, b.name));
}

function aliasesWithoutName(e: Entry): string[] {
  return sorted(e.aliases).filter((a) => a !== e.name);
}

export class ActorAggregator {
  private readonly entries = new Map<string, ActorEntry>();

  add(doc: DocumentResult): void {
    for (const a of doc.actors ?? []) {
      const key = keyOf(a.type, a.name);
      let e = this.entries.get(key);
      if (!e) {
        e = {
          name: a.name, type: a.type, subtype: null, roles: new Set(), country: null,
          aliases: new Set(), count: 0, documents: new Set(),
        };
        this.entries.set(key, e);
      }
      // First non-null value wins: deterministic, and a later document cannot
      // overwrite what an earlier one established.
      e.subtype ??= a.subtype ?? null;
      e.country ??= a.country ?? null;
      for (const r of a.roles ?? []) e.roles.add(r);
      for (const x of a.aliases ?? []) e.aliases.add(x);
      e.count += a.mentions?.length ?? 0;
      e.documents.add(doc.file);
    }
  }

  result(): ActorAggregate[] {
    const list = [...this.entries.values()].map((e) => ({
      name: e.name, type: e.type, subtype: e.subtype, roles: sorted(e.roles), country: e.country,
      aliases: aliasesWithoutName(e), count: e.count, documents: [...e.documents],
    }));
    return byCountThenName(list);
  }
}

export class PlaceAggregator {
  private readonly entries = new Map<string, PlaceEntry>();

  add(doc: DocumentResult): void {
    for (const p of doc.places ?? []) {
      const key = keyOf(p.type, p.name);
      let e = this.entries.get(key);
      if (!e) {
        e = { name: p.name, type: p.type, code: null, aliases: new Set(), count: 0, documents: new Set() };
        this.entries.set(key, e);
      }
      e.code ??= p.code ?? null;
      for (const x of p.aliases ?? []) e.aliases.add(x);
      e.count += p.mentions?.length ?? 0;
      e.documents.add(doc.file);
    }
  }

  result(): PlaceAggregate[] {
    const list = [...this.entries.values()].map((e) => ({
      name: e.name, type: e.type, code: e.code, aliases: aliasesWithoutName(e),
      count: e.count, documents: [...e.documents],
    }));
    return byCountThenName(list);
  }
}
