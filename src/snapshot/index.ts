export { diffResults, matchByKey, type Change, type Section } from './diff.js';
export { formatReport, changeLine, type ReportOptions } from './format.js';
export { parseSnapshot, readSnapshot, SnapshotError, type Snapshot } from './load.js';
export { checkAgainst, checkSnapshot, type CheckOptions, type CheckResult } from './check.js';
