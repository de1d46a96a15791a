// The command line: commander options -> settings -> runCorpus -> printers. Formatting
// lives in src/output/, running in src/corpus.ts; this file only wires them together.
import fs from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { Command, CommanderError } from 'commander';
import { supportsColor } from 'chalk';
import { runCorpus } from './corpus.js';
import { parseSize } from './input/index.js';
import { FORMATS, formatProblem, printCommand, renderModeFor, type CommandName, type Format } from './output/commands.js';
import { diagnosticLine, messageLine, PROGRAM, stderrReporter } from './output/diagnostics.js';
import { createProgress } from './output/progress.js';
import { checkSnapshot, readSnapshot, SnapshotError, type Snapshot } from './snapshot/index.js';
import { streamSink } from './output/sink.js';
import { colorLevel, terminalWidth } from './output/terminal.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const MAX_JOBS = 256;

interface RawOptions {
  json?: boolean;
  format?: string;
  ext: string;
  maxSize: string;
  quiet?: boolean;
  failEmpty?: boolean;
  jobs?: string;
  check?: string;
}

interface Settings {
  format: Format;
  extensions: string[];
  maxSize: number;
  quiet: boolean;
  failEmpty: boolean;
  jobs: number;
  /** `all --check SNAPSHOT`: compare with a saved `all --json` instead of printing. */
  check: string | null;
}

class UsageError extends Error {}

const COMMAND_HELP: ReadonlyArray<[CommandName, string]> = [
  ['actors', 'persons and organisations over all inputs, most mentioned first'],
  ['places', 'places over all inputs, most mentioned first'],
  ['all', 'everything, one record per document'],
  ['troops', 'troop counts, one row each'],
  ['quotes', 'direct quotations, one row each'],
  ['claims', 'statements in indirect speech, one row each'],
];

const EXAMPLES = `
Examples:
  $ crisis-extract actors seeds/                      people and organisations as a table
  $ crisis-extract all news/ --json > corpus.json     everything, as JSON
  $ crisis-extract places news/ --format csv          places as CSV
  $ crisis-extract quotes a.txt b.txt --format ndjson one quotation per line
  $ cat article.txt | crisis-extract troops -         read standard input
  $ crisis-extract all news/ --check snapshot.json    what changed since a saved --json run

Exit status: 0 all inputs read, 1 some inputs failed (the rest are still
processed) or --check found changes, 2 usage error or unreadable snapshot.`;

function parseFormat(raw: RawOptions): Format {
  const given = raw.format?.toLowerCase();
  if (given !== undefined && !(FORMATS as readonly string[]).includes(given)) {
    throw new UsageError(`unknown format '${raw.format}' (use table, json, ndjson or csv)`);
  }
  if (raw.json && given !== undefined && given !== 'json') {
    throw new UsageError(`--json contradicts --format ${given}`);
  }
  return raw.json ? 'json' : ((given as Format | undefined) ?? 'table');
}

function parseExtensions(list: string): string[] {
  const extensions = list.split(',').map((e) => e.trim()).filter((e) => e !== '');
  if (extensions.length === 0) throw new UsageError(`--ext needs extensions such as 'txt,md' (or '*' for every file)`);
  return extensions;
}

/** A plain number is megabytes; with a unit ("500KB", "2GB") it is what it says. */
function parseMaxSize(text: string): number {
  const trimmed = text.trim();
  const bytes = /^\d+(?:\.\d+)?$/.test(trimmed) ? Math.floor(Number(trimmed) * 1024 * 1024) : parseSize(trimmed);
  if (bytes === null || !(bytes > 0)) {
    throw new UsageError(`invalid --max-size '${text}' (a size in MB such as 50, or with a unit such as 500KB)`);
  }
  return bytes;
}

function parseJobs(text: string | undefined): number {
  if (text === undefined) return os.availableParallelism();
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(n >= 1 && n <= MAX_JOBS)) throw new UsageError(`invalid --jobs '${text}' (a whole number from 1 to ${MAX_JOBS})`);
  return n;
}

/** --check compares JSON records: a table or CSV format beside it is a mistake. */
function parseCheck(raw: RawOptions): string | null {
  if (raw.check === undefined) return null;
  const format = raw.format?.toLowerCase();
  if (format !== undefined && format !== 'json') throw new UsageError(`--check compares with 'all --json' output; drop --format ${raw.format}`);
  return raw.check;
}

function settingsOf(raw: RawOptions): Settings {
  return {
    format: parseFormat(raw),
    extensions: parseExtensions(raw.ext),
    maxSize: parseMaxSize(raw.maxSize),
    quiet: raw.quiet === true,
    failEmpty: raw.failEmpty === true,
    jobs: parseJobs(raw.jobs),
    check: parseCheck(raw),
  };
}

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Commander's "error: unknown option '--x'\n(Did you mean --y?)" as our one line. */
function usageLine(text: string): string {
  const lines = text.replace(/^error:\s*/, '').split('\n').map((l) => l.trim());
  return messageLine(lines.filter((l) => l !== '').join(' '));
}

/** The snapshot --check names, read before any input; null when it cannot be used (reported). */
async function loadSnapshot(file: string): Promise<Snapshot | null> {
  try {
    return await readSnapshot(file);
  } catch (err) {
    if (!(err instanceof SnapshotError)) throw err;
    process.stderr.write(diagnosticLine(err));
    return null;
  }
}

async function runCommand(name: CommandName, paths: string[], settings: Settings): Promise<number> {
  const snapshot = settings.check === null ? null : await loadSnapshot(settings.check);
  if (settings.check !== null && snapshot === null) return EXIT_USAGE;
  const stdout = process.stdout;
  const progress = createProgress({ stream: process.stderr, env: process.env, quiet: settings.quiet });
  const writeErr = (line: string): void => {
    if (progress) progress.print(line);
    else process.stderr.write(line);
  };
  const events = runCorpus(paths, {
    extensions: settings.extensions, maxSize: settings.maxSize, jobs: settings.jobs, progress: progress ?? undefined,
    // A snapshot check compares records, so it takes the results themselves.
    render: snapshot === null ? renderModeFor(name, settings.format) : undefined,
  });
  const report = stderrReporter(writeErr, { quiet: settings.quiet });
  const summary: { documents: number; errors: number; changes?: number } = snapshot !== null
    ? await checkSnapshot(snapshot, events, { name: settings.check!, sink: streamSink(stdout), report })
    : await printCommand(name, events, {
      format: settings.format,
      sink: streamSink(stdout),
      table: {
        width: terminalWidth(stdout),
        level: colorLevel({ isTTY: stdout.isTTY === true, env: process.env, detected: supportsColor ? supportsColor.level : 0 }),
      },
      report,
    });
  if (summary.errors > 0 || (summary.changes ?? 0) > 0) return EXIT_FAILED;
  if (settings.failEmpty && summary.documents === 0) {
    process.stderr.write(messageLine('no documents read (--fail-empty)'));
    return EXIT_FAILED;
  }
  return EXIT_OK;
}

function buildProgram(onExitCode: (code: number) => void): Command {
  const program = new Command(PROGRAM)
    .description('Extract actors, places, troop counts, quotes and claims from German crisis news.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(usageLine(s)),
    })
    .addHelpText('after', EXAMPLES);

  for (const [name, summary] of COMMAND_HELP) {
    const command = program
      .command(name)
      .summary(summary)
      .description(summary)
      .argument('<paths...>', 'files, folders or globs ("-" reads standard input)')
      .option('--json', 'same as --format json')
      .option('-f, --format <format>', 'table, json, ndjson or csv (default: table)')
      .option('--ext <list>', 'extensions read from folders, comma-separated ("*" for all)', 'txt,md')
      .option('--max-size <MB>', 'larger files are reported as errors (MB, or with a unit: 500KB)', '50')
      .option('-q, --quiet', 'no warnings (errors are still shown)')
      .option('--fail-empty', 'exit 1 when no document was read')
      .option('-j, --jobs <n>', 'worker threads (default: the number of cores)');
    if (name === 'all') {
      command.option('--check <snapshot>', "compare with a saved 'all --json' output: exit 0 unchanged, 1 changed (prints what)");
    }
    command
      .addHelpText('after', EXAMPLES)
      .action(async (paths: string[], raw: RawOptions, command: Command) => {
        let settings: Settings;
        try {
          settings = settingsOf(raw);
          const problem = formatProblem(name, settings.format);
          if (problem) throw new UsageError(problem);
        } catch (err) {
          if (err instanceof UsageError) command.error(err.message, { exitCode: EXIT_USAGE, code: 'crisis.usage' });
          throw err;
        }
        onExitCode(await runCommand(name, paths, settings));
      });
  }
  return program;
}

/** Parses and runs; resolves to the exit code. Usage problems are printed here. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram((code) => { exitCode = code; });
  try {
    await program.parseAsync([...argv], { from: 'node' });
  } catch (err) {
    // --help and --version end here with code 0; every other commander exit is usage.
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw err;
  }
  return exitCode;
}

/**
 * Between full collections V8 lets the heap grow to about four times the live data, so
 * over a long corpus run RSS climbs with the number of files although the live data
 * (lexicons, caches) stays flat. Growing by a quarter keeps memory flat at no measurable
 * cost; the flag is process-wide, so worker threads follow it too.
 */
const HEAP_GROWING = '--heap-growing-percent=25';

/** Entry point for bin/: exit codes, a quiet end on a closed pipe, never a stack trace. */
export function run(argv: readonly string[] = process.argv): void {
  v8.setFlagsFromString(HEAP_GROWING);
  // `| head` closes the pipe early: the reader has what it wanted, so that is success.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_OK);
    process.stderr.write(messageLine(`cannot write output: ${err.message}`));
    process.exit(EXIT_FAILED);
  });
  process.stderr.on('error', () => {});
  main(argv).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(messageLine(`internal error: ${message.split('\n')[0] ?? ''}`));
      process.exitCode = EXIT_FAILED;
    },
  );
}
