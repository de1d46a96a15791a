import { defineConfig } from 'vitest/config';

// The CLI and robustness suites spawn the built CLI; on a loaded 2-core CI machine a
// spawn can take seconds, so the default 5 s per test is too tight.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The JSON report lets CI print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.cache/vitest-results.json' },
  },
});
