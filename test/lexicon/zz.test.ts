import { test } from 'vitest';
import { lexicon } from '../../src/lexicon/index.js';
test('x', () => { const L = lexicon(); console.log(L.collisions.map(c=>`${c.surface}: ${c.kept} > ${c.dropped}`).join('\n')); console.log(L.placeBySurface.size, L.orgBySurface.size, L.orgByWeakSurface.size, L.orgByPrefix.size, L.countryByPrefix.size, L.countryByAdjective.size); });
