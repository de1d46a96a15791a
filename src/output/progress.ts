// A progress line on stderr for long runs: files done of total and throughput. Only
// for a person at a terminal: never into a pipe or file, with --quiet, or in CI, and
// only once a run has taken a second (short runs stay silent).
import type { ProgressListener } from '../corpus.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface ProgressSettings {
  stream: ProgressStream;
  env: Record<string, string | undefined>;
  quiet: boolean;
  /** Milliseconds; injectable for tests. */
  now?: () => number;
}

const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;
const BAR_CELLS = 24;
const CLEAR_LINE = '\r\u001b[K';

/** CI services set CI (to "true", "1", a name…); "false" and "0" say it is not one. */
export function isCI(env: Record<string, string | undefined>): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

export function progressWanted(s: ProgressSettings): boolean {
  return s.stream.isTTY === true && !s.quiet && !isCI(s.env);
}

/** The bar when a person is watching, else null. */
export function createProgress(s: ProgressSettings): ProgressBar | null {
  return progressWanted(s) ? new ProgressBar(s.stream, s.now ?? (() => performance.now())) : null;
}

export class ProgressBar implements ProgressListener {
  private total = 0;
  private done = 0;
  private chars = 0;
  private started = 0;
  private drawnAt = Number.NEGATIVE_INFINITY;
  private visible = false;
  private running = false;

  constructor(private readonly stream: ProgressStream, private readonly now: () => number) {}

  start(files: number): void {
    this.total = files;
    this.started = this.now();
    this.running = true;
  }

  file(size: number): void {
    this.done += 1;
    this.chars += size;
    const t = this.now();
    if (t - this.started < SHOW_AFTER_MS || t - this.drawnAt < REDRAW_EVERY_MS) return;
    this.draw(t);
  }

  end(): void {
    this.running = false;
    this.clear();
  }

  /** Writes a diagnostic line without tearing the bar: clear it, write, draw it again. */
  print(line: string): void {
    const wasVisible = this.visible;
    this.clear();
    this.stream.write(line);
    if (wasVisible && this.running) this.draw(this.now());
  }

  /** The line as drawn at time t (exposed for tests). */
  line(t: number): string {
    const seconds = Math.max(0.001, (t - this.started) / 1000);
    const share = this.total > 0 ? Math.min(1, this.done / this.total) : 0;
    const filled = Math.round(share * BAR_CELLS);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_CELLS - filled)}]`;
    const rate = this.chars / 1e6 / seconds;
    const text = `${bar} ${this.done}/${this.total} files  ${rate.toFixed(1)} MB/s  ${clock(seconds)}`;
    const width = Math.max(10, (this.stream.columns ?? 80) - 1);
    return text.length > width ? text.slice(0, width) : text;
  }

  private draw(t: number): void {
    this.stream.write(CLEAR_LINE + this.line(t));
    this.drawnAt = t;
    this.visible = true;
  }

  private clear(): void {
    if (!this.visible) return;
    this.stream.write(CLEAR_LINE);
    this.visible = false;
  }
}

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
