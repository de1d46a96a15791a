// Fails when a known issue is fixed: then remove it from known-issues.ts, and the
// properties check that part of the output again.
import { describe, expect, it } from 'vitest';
import { documentRecord } from '../../src/output/records.js';
import { extractDocument } from '../../src/pipeline.js';
import { KNOWN_ISSUES } from './known-issues.js';

describe('known issues, reported and still open', () => {
  it.each(KNOWN_ISSUES.map((issue) => [issue.summary, issue] as const))('%s', (_summary, issue) => {
    const record = documentRecord(extractDocument('known.txt', issue.input));
    expect(issue.shows(record), 'fixed? remove this entry from test/properties/known-issues.ts').toBe(true);
    expect(issue.shows(issue.exempt(record))).toBe(false);
  });
});
