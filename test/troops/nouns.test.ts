import { describe, expect, it } from 'vitest';
import { isCasualtyWord, isWeak, matchPersonnel } from '../../src/extract/troops/nouns.js';

describe('personnel nouns', () => {
  it.each([
    ['Soldaten', 'Soldaten', null],
    ['Soldatinnen', 'Soldatinnen', null],
    ['US-Soldaten', 'Soldaten', 'US'],
    ['Nato-Soldaten', 'Soldaten', 'Nato'],
    ['Bundeswehrsoldaten', 'Soldaten', 'Bundeswehr'],
    ['Bundeswehr-Soldaten', 'Soldaten', 'Bundeswehr'],
    ['US-Marinesoldaten', 'Marinesoldaten', 'US'],
    ['UN-Blauhelme', 'Blauhelme', 'UN'],
    ['IS-Kämpfer', 'Kämpfer', 'IS'],
    ['Bodentruppen', 'Bodentruppen', null],
    ['Regierungstruppen', 'Truppen', 'Regierungs'],
    ['Spezialkräfte', 'Spezialkräfte', null],
    ['Sicherheitskräfte', 'Kräfte', 'Sicherheits'],
    ['Kämpfern', 'Kämpfer', null],
    ['Blauhelmen', 'Blauhelme', null],
    ['Streitkräften', 'Streitkräfte', null],
    ['Mann', 'Mann', null],
  ])('%s is personnel (%s)', (word, head, prefix) => {
    expect(matchPersonnel(word)).toEqual({ head, prefix });
  });

  it.each(['Fachkräfte', 'Einsatzkräfte', 'Arbeitskräften', 'Wahlkämpfer', 'Einzelkämpfer', 'Theatertruppen', 'Panzer',
    'Kampfjets', 'Flüchtlinge', 'Polizisten', 'Soldat', 'soldaten', 'Männer', 'Feuerwehrmann', 'Truppenteile', 'Schiffsoffiziere'])(
    '%s is not', (word) => {
      expect(matchPersonnel(word)).toBeNull();
    },
  );

  it('marks bare nouns that also name civilians as weak, compounds not', () => {
    expect(isWeak(matchPersonnel('Mann')!)).toBe(true);
    expect(isWeak(matchPersonnel('Kräfte')!)).toBe(true);
    expect(isWeak(matchPersonnel('Rebellen')!)).toBe(true);
    expect(isWeak(matchPersonnel('Soldaten')!)).toBe(false);
    expect(isWeak(matchPersonnel('IS-Kämpfer')!)).toBe(false);
  });

  it('knows casualty words in any case', () => {
    for (const w of ['getötet', 'Tote', 'verletzt', 'ums', 'Opfern', 'verloren']) expect(isCasualtyWord(w), w).toBe(true);
    for (const w of ['stationiert', 'verlegt', 'entsandt', 'Einsatz']) expect(isCasualtyWord(w), w).toBe(false);
  });
});
