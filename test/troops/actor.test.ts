// Whose troops, where the count's own phrase does not say: the source of the figures, a
// state's body named without the state, the state acting in the sentences before; and
// where no single state owns them (several origins, peacekeepers, a group's fighters).
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document/index.js';
import { extractPlaces } from '../../src/extract/places.js';
import { extractTroops } from '../../src/extract/troops.js';

function actors(text: string): [string, string | null][] {
  const doc = buildDoc('actor.txt', text);
  return extractTroops(doc, extractPlaces(doc)).map((t) => [t.text, t.actor]);
}

describe('the state behind the figures', () => {
  it('a government seat named as the source: "nach Angaben aus London"', () => {
    expect(actors('Nach Angaben aus London sind derzeit etwa 900 Soldaten auf Zypern stationiert.'))
      .toEqual([['etwa 900 Soldaten', 'Großbritannien']]);
  });

  it('a state body\'s spokesperson as the subject: "Pentagon-Sprecher X sagte, …"', () => {
    expect(actors('Pentagon-Sprecher John Kirby sagte, die Einheit von rund 3000 Soldaten sei einsatzbereit.'))
      .toEqual([['rund 3000 Soldaten', 'USA']]);
    expect(actors('Kremlsprecher Dmitri Peskow erklärte, das Kontingent von knapp 1500 Soldaten bleibe vorerst.'))
      .toEqual([['knapp 1500 Soldaten', 'Russland']]);
  });

  it('"Soldaten der Armee" in a sentence about one state\'s place: that state\'s army', () => {
    expect(actors('Augenzeugen in Mogadischu berichteten, dass rund 800 Soldaten der Armee den Flughafen sichern.'))
      .toEqual([['rund 800 Soldaten', 'Somalia']]);
  });

  it('a count that names no state borrows the state acting in the sentences just before', () => {
    const text = 'Die äthiopische Armee hat ihre Stellungen im Norden verstärkt. Der Minister sprach von einer Vorsichtsmaßnahme. '
      + 'Nach Angaben eines Ministers wurden rund 4000 Soldaten an die Grenze verlegt.';
    expect(actors(text)).toEqual([['rund 4000 Soldaten', 'Äthiopien']]);
  });

  it('but not for a count governed by a preposition of another group\'s clause', () => {
    const text = 'Die äthiopische Armee hat ihre Stellungen im Norden verstärkt. '
      + 'Die Rebellen, die über höchstens 6000 Kämpfer verfügen, haben sich in die Berge zurückgezogen.';
    expect(actors(text)).toEqual([['höchstens 6000 Kämpfer', null]]);
  });

  it('"Die Armee verfügt über …": a state body without its name still speaks of the state before', () => {
    const text = 'In Mali wird seit Monaten gekämpft. Nach Schätzungen von Experten verfügen die Streitkräfte Malis über rund 20.000 Soldaten. '
      + 'Die Armee verfügt zudem über etwa 5000 Reservisten.';
    expect(actors(text)).toEqual([['rund 20.000 Soldaten', 'Mali'], ['etwa 5000 Reservisten', 'Mali']]);
  });
});

describe('no single state', () => {
  it('personnel from several states: "aus Kanada, Australien und Neuseeland"', () => {
    expect(actors('An der Übung nehmen zudem etwa 400 Infanteristen aus Kanada, Australien und Neuseeland teil.'))
      .toEqual([['etwa 400 Infanteristen', null]]);
  });

  it('one origin still names the state', () => {
    expect(actors('An der Übung nehmen zudem etwa 400 Infanteristen aus Kanada teil.'))
      .toEqual([['etwa 400 Infanteristen', 'Kanada']]);
  });

  it('peacekeepers take no state from the government acting in the sentence', () => {
    expect(actors('Die kongolesische Regierung verlangte den raschen Abzug der rund 15.000 Blauhelme.'))
      .toEqual([['rund 15.000 Blauhelme', null]]);
  });
});

describe('weak personnel nouns', () => {
  it('count when the sentence before speaks of the military', () => {
    const text = 'Die Miliz kontrolliert seit Jahren den Norden des Landes. Nach Schätzungen verfügt sie über bis zu 20.000 Kämpfer.';
    expect(actors(text).map(([t]) => t)).toEqual(['bis zu 20.000 Kämpfer']);
  });

  it('not without any military word around', () => {
    const text = 'Der Verein feierte sein Jubiläum. Beim Umzug liefen rund 300 Kämpfer für den guten Zweck mit.';
    expect(actors(text)).toEqual([]);
  });
});

describe('fighters of no state', () => {
  it('rebels take no state from the places or the acting state around them', () => {
    expect(actors('Mehrere hundert Rebellen mit schweren Waffen sollen von Libyen aus über die Grenze in den Tschad gebracht worden sein.'))
      .toEqual([['Mehrere hundert Rebellen', null]]);
    expect(actors('Kolumbien verhandelt mit der Guerilla, deren rund 6000 Rebellen ihre Waffen abgeben sollen.'))
      .toEqual([['rund 6000 Rebellen', null]]);
  });
});
