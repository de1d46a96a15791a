// Build step (run after tsc): precomputes what lexicon() would otherwise compute on every
// start — the noun forms of the 20 MB dictionary and the lexicon tables. The veto of our own
// names against the nouns happens at load time and the snapshot carries a key over the data
// files, so editing a data file never requires rebuilding to stay correct, only to stay fast.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { COMMON_NOUNS_FILE } from './data-file.js';
import { nounFormsFromDictionary } from './common-nouns.js';
import { buildTables } from './build.js';
import { SNAPSHOT_PATH, writeSnapshot } from './snapshot.js';

const forms = nounFormsFromDictionary();
mkdirSync(dirname(fileURLToPath(COMMON_NOUNS_FILE)), { recursive: true });
writeFileSync(COMMON_NOUNS_FILE, forms.join('\n') + '\n');
console.log(`common-nouns: ${forms.length} forms → ${fileURLToPath(COMMON_NOUNS_FILE)}`);
if (writeSnapshot(buildTables())) console.log(`lexicon snapshot → ${SNAPSHOT_PATH}`);
