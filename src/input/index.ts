export { expandPaths, walkPaths, normalizeExtensions, DEFAULT_EXTENSIONS } from './walk.js';
export type { ExpandOptions, Expanded, Walked } from './walk.js';
export { FileList, STDIN } from './file-list.js';
export type { InputFile } from './file-list.js';
export { readInput, readInputSync, readInputs, fromBytes, DEFAULT_MAX_SIZE } from './read.js';
export type { ReadOptions, ReadResult } from './read.js';
export { decode, INVALID_UTF8_WARNING } from './decode.js';
export type { Decoded, Encoding } from './decode.js';
export { formatBytes, parseSize } from './messages.js';
