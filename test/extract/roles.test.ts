// isRoleWord and roleHead answer most words through a trie of the role heads' endings
// before the per-word cache: the gate may let a word through that is no role, never
// the reverse. These tests hold it to the lexicon it is built from.
import { describe, expect, it } from 'vitest';
import { isRoleWord, roleHead } from '../../src/extract/roles.js';
import { lexicon } from '../../src/lexicon/index.js';

const ENDINGS = ['', 'in', 'innen', 'en', 'n', 's', 'es', 'e', 'er', 'em'];
const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);

describe('role word gate', () => {
  it('lets every role head with every ending through, alone and in compounds', () => {
    for (const head of lexicon().roleHeads) {
      for (const ending of ENDINGS) {
        const word = capitalise(head) + ending;
        expect(roleHead(word), word).not.toBeNull();
        expect(isRoleWord(word), word).toBe(true);
        expect(isRoleWord(`US-${word}`), `US-${word}`).toBe(true);
        expect(isRoleWord(`Vize${head}${ending}`), `Vize${head}${ending}`).toBe(true);
      }
    }
  });

  it('lets every role title through', () => {
    for (const title of lexicon().roleTitles) expect(isRoleWord(title), title).toBe(true);
  });

  it('reads upper case and non-Latin-1 letters as the real test does', () => {
    expect(roleHead('US-PRÄSIDENT')).toBe('präsident');
    expect(isRoleWord('BUNDESKANZLERIN')).toBe(true);
    expect(roleHead('Kremlsprecher')).toBe('sprecher');
    expect(roleHead('Kremlsprecherİ')).toBeNull();
  });

  it('rejects common words', () => {
    for (const word of ['Haus', 'Zeitung', 'Berlin', 'Krieg', 'Merkel', 'und', 'Ö', '„']) expect(isRoleWord(word), word).toBe(false);
  });
});
