import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document/index.js';
import { isCasualtyWord, isWeak, matchPersonnel, mayBePersonnel, personnelSentences } from '../../src/extract/troops/nouns.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

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

describe('the sentence gate for personnel nouns', () => {
  /** The gate over a one-sentence document made of these words. */
  function gate(words: string): boolean {
    const doc = buildDoc('gate.txt', `${words}.`);
    return personnelSentences(doc).length > 0;
  }

  it.each(['Soldaten', 'US-Soldaten', 'Bundeswehrsoldaten', 'SOLDATEN', 'Kämpfern', 'KÄMPFER', 'Spezialkräfte',
    'Streitkräften', 'Mann', 'Peschmerga', 'Blauhelmen', 'Berufs- und Zeitsoldaten', 'Militärberater'])(
    'lets through a sentence with %s', (word) => {
      expect(gate(`Dort sind 300 ${word} angekommen`)).toBe(true);
    });

  it.each(['Panzer', 'Flüchtlinge', 'soldaten', 'Soldat', 'Männer'])('holds back a sentence with only %s', (word) => {
    expect(gate(`Dort sind 300 ${word} angekommen`)).toBe(false);
  });

  it('lets through every word that matchPersonnel accepts in the seeds', () => {
    const seeds = fs.readdirSync(SEEDS).filter((n) => n.endsWith('.txt'));
    let personnel = 0;
    for (const name of seeds) {
      const doc = buildDoc(name, fs.readFileSync(path.join(SEEDS, name), 'utf8'));
      doc.tokens.forEach((t) => {
        if (!matchPersonnel(t.text)) return;
        personnel++;
        expect(mayBePersonnel(doc.text, t), t.text).toBe(true);
      });
    }
    expect(personnel).toBeGreaterThan(20);
  });
});
