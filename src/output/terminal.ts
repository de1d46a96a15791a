// What reaches a terminal: input text is untrusted, so control characters, escape
// sequences and bidi overrides are shown as escapes, never sent raw.

// C0, DEL, C1, and the invisible direction controls that can reorder what a reader sees.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const BLANK = /[\t\n\r]/;

function escapeChar(ch: string): string {
  // Line breaks and tabs are layout, not attacks: a space keeps a cell (or a
  // diagnostic) on its line while the text stays readable.
  if (BLANK.test(ch)) return ' ';
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

export interface ColorEnv {
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** What chalk's own detection says for stdout (0 on TERM=dumb and the like). */
  detected: number;
}

/**
 * chalk level for stdout. Colour only on a terminal, never with NO_COLOR (any value,
 * even empty) or FORCE_COLOR=0; FORCE_COLOR cannot turn it on for a pipe, so files and
 * pipes always get plain text.
 */
export function colorLevel({ isTTY, env, detected }: ColorEnv): 0 | 1 | 2 | 3 {
  if (!isTTY) return 0;
  if (env.NO_COLOR !== undefined) return 0;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return 0;
  return Math.max(0, Math.min(3, Math.trunc(detected))) as 0 | 1 | 2 | 3;
}

export const DEFAULT_WIDTH = 100;

export function terminalWidth(stream: { isTTY?: boolean; columns?: number }): number {
  if (stream.isTTY !== true) return DEFAULT_WIDTH;
  return stream.columns && stream.columns > 0 ? stream.columns : DEFAULT_WIDTH;
}

const MARK = /\p{M}/u;
// East Asian wide and fullwidth ranges: two cells each in a terminal.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** Terminal cells a (single-line, escape-free) string takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (MARK.test(ch)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}
