// Hand-made DocumentResults (no pipeline needed): spans cut from real German sentences.
import type { Actor, DocumentResult, Place, Span } from '../../src/types.js';

export function span(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

export const SUDAN_TEXT =
  'UN-Generalsekretär António Guterres warnte, in Khartum drohe eine Hungersnot. ' +
  'Rund 10.000 Soldaten der RSF stehen vor El Fasher. Guterres sagte: «Die Welt schaut weg.»';

export const GAZA_TEXT =
  'Israels Regierungschef Benjamin Netanjahu traf in Jerusalem UN-Generalsekretär Guterres. ' +
  'Die UN forderten eine Waffenruhe in Gaza.';

const guterres = (text: string, forms: string[], roles: string[]): Actor => ({
  name: 'António Guterres', type: 'person', subtype: null, roles, country: null,
  aliases: forms.filter((f) => f !== 'António Guterres'),
  mentions: forms.map((f) => span(text, f)),
});

export function sudanDoc(file = 'news/sudan.txt'): DocumentResult {
  const t = SUDAN_TEXT;
  const rsf: Actor = {
    name: 'RSF', type: 'organization', subtype: 'military', roles: [], country: 'Sudan',
    aliases: [], mentions: [span(t, 'RSF')],
  };
  const khartum: Place = { name: 'Khartum', type: 'city', code: null, aliases: [], mentions: [span(t, 'Khartum')] };
  const fasher: Place = { name: 'El Fasher', type: 'city', code: null, aliases: [], mentions: [span(t, 'El Fasher')] };
  return {
    file,
    meta: { url: 'https://example.org/sudan', title: 'Hungersnot in Darfur', published: '2024-06-01T10:00:00' },
    actors: [
      { ...guterres(t, ['António Guterres'], ['UN-Generalsekretär']), mentions: [span(t, 'António Guterres'), span(t, 'Guterres', 100)], aliases: ['Guterres'] },
      rsf,
    ],
    places: [khartum, fasher],
    troops: [{
      ...span(t, 'Rund 10.000 Soldaten'), value: 10000, min: 10000, max: 10000, approx: true,
      unit: 'Soldaten', actor: null, location: 'El Fasher', sentence: 'Rund 10.000 Soldaten der RSF stehen vor El Fasher.',
    }],
    quotes: [{
      ...span(t, 'Die Welt schaut weg.'), speaker: 'António Guterres', verb: 'sagte', kind: 'direct',
      sentence: 'Guterres sagte: «Die Welt schaut weg.»',
    }],
    claims: [{
      ...span(t, 'in Khartum drohe eine Hungersnot'), speaker: 'António Guterres', verb: 'warnte', kind: 'indirect',
      sentence: 'UN-Generalsekretär António Guterres warnte, in Khartum drohe eine Hungersnot.',
    }],
  };
}

export function gazaDoc(file = 'news/gaza.txt'): DocumentResult {
  const t = GAZA_TEXT;
  return {
    file,
    meta: { url: null, title: null, published: null },
    actors: [
      {
        name: 'Benjamin Netanjahu', type: 'person', subtype: null, roles: ['Regierungschef'], country: 'Israel',
        aliases: [], mentions: [span(t, 'Benjamin Netanjahu')],
      },
      guterres(t, ['Guterres'], ['UN-Generalsekretär', 'Generalsekretär']),
      { name: 'UN', type: 'organization', subtype: 'igo', roles: [], country: null, aliases: [], mentions: [span(t, 'UN', t.indexOf('Die UN'))] },
    ],
    places: [
      { name: 'Israel', type: 'country', code: 'IL', aliases: ['Israels'], mentions: [span(t, 'Israels')] },
      { name: 'Jerusalem', type: 'city', code: null, aliases: [], mentions: [span(t, 'Jerusalem')] },
      { name: 'Gaza', type: 'region', code: null, aliases: [], mentions: [span(t, 'Gaza')] },
    ],
    troops: [],
    quotes: [],
    claims: [],
  };
}
