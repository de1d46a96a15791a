// Lint = the ReDoS check: every regular expression in src/ must match in linear time
// (no super-linear backtracking, no super-linear move over the input). Babel's parser
// reads the TypeScript syntax: typescript-eslint does not run on TypeScript 7.
import babelParser from '@babel/eslint-parser';
import regexp from 'eslint-plugin-regexp';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: { babelrc: false, configFile: false, plugins: ['@babel/plugin-syntax-typescript'] },
      },
    },
    plugins: { regexp },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
];
