// Diagnostics for stderr: one line each, `crisis-extract: <file>: <message>`, escaped
// like table cells (file names and messages can carry input bytes).
import type { FileError, Warning } from '../types.js';
import type { Reporter } from './commands.js';
import { escapeTerminal } from './terminal.js';

export const PROGRAM = 'crisis-extract';

/**
 * The input layer ends its messages with ": <file>" so they stand alone; here the file
 * leads the line, so that tail would only repeat it.
 */
function withoutFileTail(message: string, file: string): string {
  const tail = `: ${file}`;
  return file !== '' && message.endsWith(tail) ? message.slice(0, -tail.length) : message;
}

export function diagnosticLine(d: FileError | Warning): string {
  const message = escapeTerminal(withoutFileTail(d.message, d.file));
  return d.file === ''
    ? `${PROGRAM}: ${message}\n`
    : `${PROGRAM}: ${escapeTerminal(d.file)}: ${message}\n`;
}

/** A line for a problem that belongs to no file (usage errors, crashes). */
export const messageLine = (message: string): string =>
  `${PROGRAM}: ${escapeTerminal(message.trim())}\n`;

export function stderrReporter(write: (line: string) => void, opts: { quiet: boolean }): Reporter {
  return {
    error: (e) => write(diagnosticLine(e)),
    warning: (w) => {
      if (!opts.quiet) write(diagnosticLine(w));
    },
  };
}
