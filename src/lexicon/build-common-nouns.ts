// Build step (run after tsc): precomputes the noun forms so lexicon() need not parse the
// 20 MB dictionary on every start. The veto against our own lexicons happens at load time,
// so editing a data file never requires rebuilding this list.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { COMMON_NOUNS_FILE } from './data-file.js';
import { nounFormsFromDictionary } from './common-nouns.js';

const forms = nounFormsFromDictionary();
mkdirSync(dirname(fileURLToPath(COMMON_NOUNS_FILE)), { recursive: true });
writeFileSync(COMMON_NOUNS_FILE, forms.join('\n') + '\n');
console.log(`common-nouns: ${forms.length} forms → ${fileURLToPath(COMMON_NOUNS_FILE)}`);
