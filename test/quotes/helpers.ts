// Test scaffolding: a Doc from the real document stage, and entities found by name in
// the text (every occurrence of each name, its surname and the surname's genitive), so
// the quote and claim tests do not depend on how the actor extractor behaves today.
import type { Actor, ActorType, OrgSubtype, Place, PlaceType, Span } from '../../src/types.js';
import type { Doc } from '../../src/types.js';
import type { Entities } from '../../src/extract/quotes/index.js';
import { buildDoc } from '../../src/document/index.js';

export interface EntitySpec {
  persons?: (string | { name: string; roles?: string[]; country?: string; aliases?: string[] })[];
  orgs?: (string | { name: string; subtype?: OrgSubtype; country?: string; aliases?: string[] })[];
  places?: (string | { name: string; type?: PlaceType; code?: string; aliases?: string[] })[];
}

function occurrences(text: string, forms: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    let at = text.indexOf(form);
    while (at >= 0) {
      const end = at + form.length;
      const before = text[at - 1] ?? ' ';
      const after = text[end] ?? ' ';
      const free = !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after.replace(/s/, ''));
      const inside = spans.some((s) => s.start <= at && end <= s.end);
      if (free && !inside) {
        const genitive = after === 's' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? ' ');
        const stop = genitive ? end + 1 : end;
        spans.push({ start: at, end: stop, text: text.slice(at, stop) });
      }
      at = text.indexOf(form, at + 1);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function actor(text: string, type: ActorType, spec: { name: string; roles?: string[]; country?: string; aliases?: string[]; subtype?: OrgSubtype }): Actor | null {
  const surname = type === 'person' ? spec.name.split(' ').pop()! : null;
  const aliases = [...(spec.aliases ?? []), ...(surname && surname !== spec.name ? [surname] : [])];
  const mentions = occurrences(text, [spec.name, ...aliases]);
  if (mentions.length === 0) return null;
  return {
    name: spec.name, type, subtype: type === 'organization' ? spec.subtype ?? 'government' : null,
    roles: spec.roles ?? [], country: spec.country ?? null, aliases, mentions,
  };
}

export function entitiesOf(text: string, spec: EntitySpec): Entities {
  const norm = <T extends object>(x: string | T): T | { name: string } => (typeof x === 'string' ? { name: x } : x);
  const actors = [
    ...(spec.persons ?? []).map((p) => actor(text, 'person', norm(p))),
    ...(spec.orgs ?? []).map((o) => actor(text, 'organization', norm(o))),
  ].filter((a): a is Actor => a !== null);
  const places: Place[] = [];
  for (const raw of spec.places ?? []) {
    const p = norm(raw) as { name: string; type?: PlaceType; code?: string; aliases?: string[] };
    const mentions = occurrences(text, [p.name, ...(p.aliases ?? [])]);
    if (mentions.length) places.push({ name: p.name, type: p.type ?? 'country', code: p.code ?? null, aliases: p.aliases ?? [], mentions });
  }
  return { actors, places };
}

export const docOf = (text: string, file = 'test.txt'): Doc => buildDoc(file, text);

/** Every item's offsets cut its own text out of the document. */
export function expectSpansTrue(doc: Doc, items: readonly Span[]): void {
  for (const item of items) {
    if (doc.text.slice(item.start, item.end) !== item.text) throw new Error(`span ${item.start}-${item.end} is not "${item.text}"`);
  }
}
