export { expandPaths, walkPaths, FileList, normalizeExtensions, DEFAULT_EXTENSIONS, STDIN } from './walk.js';
export type { InputFile, ExpandOptions, Expanded, Walked } from './walk.js';
export { readInput, readInputSync, readInputs, fromBytes, DEFAULT_MAX_SIZE } from './read.js';
export type { ReadOptions, ReadResult } from './read.js';
export { decode, INVALID_UTF8_WARNING } from './decode.js';
export type { Decoded, Encoding } from './decode.js';
export { formatBytes, parseSize } from './messages.js';
