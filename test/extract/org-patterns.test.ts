import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';

const orgs = (text: string) =>
  extractDocument('t.txt', text).actors.filter((a) => a.type === 'organization').map((a) => [a.name, a.subtype]);

describe('organisations by the shape of their name', () => {
  it('reads capitalised adjectives before an organisation noun as a name', () => {
    expect(orgs('Kämpfer der Freien Syrischen Armee zogen sich zurück.')).toEqual([['Freie Syrische Armee', 'military']]);
    expect(orgs('Ein Bericht der Münchner Sicherheitskonferenz warnt davor.')).toEqual([['Münchner Sicherheitskonferenz', 'other']]);
  });

  it('leaves lower-case adjectives alone: "die russische Regierung" names no organisation', () => {
    expect(orgs('Die Kritik der russischen Regierung an Kiew wuchs.')).toEqual([]);
  });

  it('finds acronyms of groups no lexicon lists', () => {
    expect(orgs('Die Miliz KNRF kontrolliert weiterhin Teile des Nordens.')).toEqual([['KNRF', 'other']]);
  });

  it('does not take currencies, book numbers or capitalised headlines for organisations', () => {
    expect(orgs('Das kostet 300 EUR oder 290 CHF, ISBN 978-3-16.')).toEqual([]);
    expect(orgs('Bericht: KRIEG IN GAZA GEHT WEITER')).toEqual([]);
  });
});

describe('a state body named by its country adjective', () => {
  it('maps the body to the organisation the lexicon knows for that state', () => {
    expect(orgs('Das teilte ein Sprecher des russischen Präsidialamtes mit.')).toEqual([['Kreml', 'government']]);
  });

  it('leaves a body the lexicon does not know for that state alone', () => {
    expect(orgs('Das teilte ein Sprecher des malischen Präsidialamtes mit.')).toEqual([]);
  });
});
