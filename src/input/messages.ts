// One-line, user-facing messages for file-system trouble. Every message ends with
// ": <display path>" so the CLI can print it as is.

const FS_ERROR_PHRASES: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file or directory'],
  ['ENOTDIR', 'no such file or directory'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['ELOOP', 'symbolic link loop'],
  ['EISDIR', 'is a directory'],
  ['ENAMETOOLONG', 'file name too long'],
  ['EMFILE', 'too many open files'],
  ['ENFILE', 'too many open files'],
  ['EIO', 'input/output error'],
]);

export function errorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') {
    return err.code;
  }
  return undefined;
}

export function fsErrorMessage(err: unknown, file: string): string {
  const code = errorCode(err);
  const phrase = code === undefined ? undefined : FS_ERROR_PHRASES.get(code);
  if (phrase !== undefined) return `${phrase}: ${file}`;
  // Unknown failures keep Node's own wording, cut to one line.
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return `cannot read (${detail}): ${file}`;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1024-based, one decimal, no trailing ".0": 66270000 -> "63.2 MB", 52428800 -> "50 MB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${shown} ${UNITS[unit]}`;
}

/** Matched against the trimmed value: leading and trailing space in the pattern would backtrack. */
const SIZE_PATTERN = /^(\d+(?:\.\d+)?) *([kmgt]?)(i?b)?$/i;
const SIZE_FACTORS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** Parses a --max-size value ("1000", "50MB", "1.5g", "20 KiB"); null when it is not one. */
export function parseSize(input: string): number | null {
  const m = SIZE_PATTERN.exec(input.trim());
  if (m === null) return null;
  const factor = SIZE_FACTORS[(m[2] ?? '').toLowerCase()];
  if (factor === undefined) return null;
  return Math.floor(Number(m[1]) * factor);
}

/** ['txt','md'] -> ".txt or .md"; ['txt','md','html'] -> ".txt, .md or .html". */
export function describeExtensions(extensions: readonly string[]): string {
  const dotted = extensions.map((e) => `.${e}`);
  if (dotted.length <= 1) return dotted.join('');
  return `${dotted.slice(0, -1).join(', ')} or ${dotted[dotted.length - 1]}`;
}
