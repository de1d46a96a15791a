import fs from 'node:fs';
import fc from 'fast-check';
import { it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { analyzeDocument, extractDocument } from '../../src/pipeline.js';
import { documentRecord } from '../../src/output/records.js';
import { anyText } from './german.js';
import { badSpans } from './spans.js';
const schema = JSON.parse(fs.readFileSync(new URL('../../src/output/schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true }); ajv.addSchema(schema);
const v = ajv.getSchema('urn:crisis-extract:schema:1#/$defs/document')!;
it('explore', () => {
  const seen = new Map<string, string>();
  const note = (k: string, t: string) => { const o = seen.get(k); if (o === undefined || t.length < o.length) seen.set(k, t); };
  const texts = fc.sample(anyText, { numRuns: Number(process.env.N ?? 20000), seed: Number(process.env.SEED ?? 1) });
  for (const t of texts) {
    let r;
    try { r = analyzeDocument('g.txt', t).result; } catch (e) { note('throw ' + String((e as Error).message).slice(0, 80), t); continue; }
    if (!v(documentRecord(r))) note('schema ' + ajv.errorsText(v.errors).replace(/\d+/g, 'N'), t);
    for (const b of badSpans(t, r)) note('span ' + b.split(':')[0]!.replace(/\[\d+\]/g, '[]').replace(/ .* mentions/, ' mentions'), t);
    if (JSON.stringify(extractDocument('g.txt', t)) !== JSON.stringify(r)) note('nondet', t);
  }
  for (const [k, t] of seen) console.log(k, '\n   ', JSON.stringify(t));
}, 600_000);
