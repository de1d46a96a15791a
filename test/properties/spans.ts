// Every span a DocumentResult carries, labelled by where it sits, for the span property.
import type { DocumentResult, Span } from '../../src/types.js';

export interface LabelledSpan {
  where: string;
  span: Span;
}

export function spansOf(result: DocumentResult): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  result.actors.forEach((a, i) => a.mentions.forEach((m, j) => out.push({ where: `actors[${i}] ${a.name} mentions[${j}]`, span: m })));
  result.places.forEach((p, i) => p.mentions.forEach((m, j) => out.push({ where: `places[${i}] ${p.name} mentions[${j}]`, span: m })));
  result.troops.forEach((t, i) => out.push({ where: `troops[${i}]`, span: t }));
  result.quotes.forEach((q, i) => out.push({ where: `quotes[${i}]`, span: q }));
  result.claims.forEach((c, i) => out.push({ where: `claims[${i}]`, span: c }));
  return out;
}

/** Spans that do not cut their own text out of `text`, described for the failure message. */
export function badSpans(text: string, result: DocumentResult): string[] {
  const bad: string[] = [];
  for (const { where, span } of spansOf(result)) {
    const ok = Number.isInteger(span.start) && Number.isInteger(span.end)
      && span.start >= 0 && span.start <= span.end && span.end <= text.length
      && text.slice(span.start, span.end) === span.text;
    if (!ok) {
      bad.push(`${where}: [${span.start}, ${span.end}) is ${JSON.stringify(text.slice(span.start, span.end))}, item says ${JSON.stringify(span.text)}`);
    }
  }
  return bad;
}

/** Troops, quotes and claims whose `sentence` is not a piece of the text holding the item. */
export function badSentences(text: string, result: DocumentResult): string[] {
  const items = [
    ...result.troops.map((t, i) => ({ where: `troops[${i}]`, item: t })),
    ...result.quotes.map((q, i) => ({ where: `quotes[${i}]`, item: q })),
    ...result.claims.map((c, i) => ({ where: `claims[${i}]`, item: c })),
  ];
  return items
    .filter(({ item }) => !(text.includes(item.sentence) && item.sentence.includes(item.text)))
    .map(({ where, item }) => `${where}: sentence ${JSON.stringify(item.sentence)} for ${JSON.stringify(item.text)}`);
}
