#!/usr/bin/env node
// Thin shim: the CLI is TypeScript compiled to dist/ (`npm run build`).
import('../dist/cli.js').then(
  ({ run }) => run(process.argv),
  (err) => {
    const hint = err && err.code === 'ERR_MODULE_NOT_FOUND' ? ' (run `npm run build` first)' : '';
    process.stderr.write(`crisis-extract: cannot load the CLI${hint}: ${String(err && err.message).split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
