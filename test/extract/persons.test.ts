// extractPersons reads every token once (flags: capitalised, cue verb, honorific, may
// start a name word) and tries a rule only where the flags allow it. These cases hold
// the skips to what the rules found before: particles and "al-" after a first name,
// honorifics and cues only within their sentence, punctuation never continuing a name.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document/index.js';
import { extractPersons } from '../../src/extract/persons.js';
import { resolveEntities } from '../../src/resolve/entities.js';

const persons = (text: string) => extractPersons(buildDoc('t.txt', text)).map((m) => [m.text, m.rule]);

describe('extractPersons', () => {
  it('continues a first name over particles and Arabic articles', () => {
    expect(persons('Am Montag trafen sich Ursula von der Leyen und Baschar al-Assad.')).toEqual([
      ['Ursula von der Leyen', 'first-name'],
      ['Baschar al-Assad', 'first-name'],
    ]);
  });

  it('finds roles, appositions, cues and honorifics', () => {
    expect(persons('Der US-Präsident Joe Biden und Olaf Scholz sprachen, Scholz sagte nichts.')).toEqual([
      ['Joe Biden', 'role-before-name'],
      ['Olaf Scholz', 'first-name'],
      ['Scholz', 'name-before-speech-verb'],
    ]);
    expect(persons('Die Sprecherin des Weißen Hauses, Jen Psaki, sagte am Montag etwas.')).toEqual([['Jen Psaki', 'appositive']]);
    expect(persons('„Wir bleiben“, sagte Kirby am Montag.')).toEqual([['Kirby', 'speech-verb']]);
  });

  it('does not join across punctuation or sentences', () => {
    expect(persons('Angela – Merkel. Joe „Biden“.')).toEqual([]);
    expect(persons('Das ist der Frau. Müller kam.')).toEqual([]);
  });

  it('reads a name from its first character: punctuation and lower case stop it, an Arabic article opens it', () => {
    // nameAt answers these by the first code unit, before any per-word lookup.
    expect(persons('Das sagte al-Sisi am Montag. Das sagte bin-Salman dann.')).toEqual([
      ['al-Sisi', 'speech-verb'],
      ['bin-Salman', 'speech-verb'],
    ]);
    expect(persons('Das sagte er am Montag. Das sagte – Biden. Das sagte al Sisi.')).toEqual([]);
    expect(persons('Das sagte Joe Biden: „Nein“. Am Montag sagte Ursula von der Leyen, sie komme.')).toEqual([
      ['Joe Biden', 'speech-verb'],
      ['Ursula von der Leyen', 'speech-verb'],
    ]);
    expect(persons('Das sagte Émile Zola. So Łukasz Nowak.')).toEqual([
      ['Émile Zola', 'speech-verb'],
      ['Łukasz Nowak', 'first-name'],
    ]);
  });
});

describe('recurring names (resolveEntities)', () => {
  const actors = (text: string) => {
    const doc = buildDoc('t.txt', text);
    return resolveEntities(doc, extractPersons(doc), [], []).actors.map((a) => [a.name, a.mentions.map((m) => m.text)]);
  };

  it('finds later surnames, genitives and variants, by their exact opening', () => {
    expect(actors('Bundeskanzler Olaf Scholz kam. Dann sprach Scholz. Scholz’ Plan und Scholzs Rede.')).toEqual([
      ['Olaf Scholz', ['Olaf Scholz', 'Scholz', 'Scholz', 'Scholzs']],
    ]);
    // "Al-Hassani" opens like "Allawi" but for its capital; only "al-Hassani" recurs.
    expect(actors('Minister Hajim al-Hassani und Ministerpräsident Ijad Allawi trafen sich. Al-Hassani und al-Hassani.')).toEqual([
      ['Hajim al-Hassani', ['Hajim al-Hassani', 'al-Hassani']],
      ['Ijad Allawi', ['Ijad Allawi']],
    ]);
  });

  it('finds a surname only where a token starts, not inside a word, at the start of a text and of a line', () => {
    // The opening "Mer" occurs inside "Obermeier" and "Ex-Merkel", where no token starts.
    expect(actors('Merkel sagte es. Kanzlerin Angela Merkel kam zu Obermerkel und Ex-Merkel.\nMerkel ging. (Merkel)')).toEqual([
      ['Angela Merkel', ['Merkel', 'Angela Merkel', 'Merkel', 'Merkel']],
    ]);
  });
});
