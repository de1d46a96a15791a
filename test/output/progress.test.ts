import { describe, expect, it } from 'vitest';
import { createProgress, isCI, progressWanted, type ProgressStream } from '../../src/output/progress.js';

class FakeTerminal implements ProgressStream {
  isTTY = true;
  columns = 80;
  written = '';
  write(chunk: string): boolean {
    this.written += chunk;
    return true;
  }
}

function clockAt(start: number): { now: () => number; set: (t: number) => void } {
  let t = start;
  return { now: () => t, set: (v) => { t = v; } };
}

describe('when the progress bar shows', () => {
  const tty = new FakeTerminal();

  it('only on a terminal, without --quiet, outside CI', () => {
    expect(progressWanted({ stream: tty, env: {}, quiet: false })).toBe(true);
    expect(progressWanted({ stream: { ...tty, isTTY: false, write: () => true }, env: {}, quiet: false })).toBe(false);
    expect(progressWanted({ stream: tty, env: {}, quiet: true })).toBe(false);
    expect(progressWanted({ stream: tty, env: { CI: 'true' }, quiet: false })).toBe(false);
  });

  it('reads CI the way CI services set it', () => {
    expect(isCI({ CI: '1' })).toBe(true);
    expect(isCI({ CI: 'woodpecker' })).toBe(true);
    expect(isCI({ CI: 'false' })).toBe(false);
    expect(isCI({ CI: '' })).toBe(false);
    expect(isCI({})).toBe(false);
  });
});

describe('the progress bar', () => {
  it('stays silent for the first second, then shows files done of total and MB/s', () => {
    const term = new FakeTerminal();
    const clock = clockAt(0);
    const bar = createProgress({ stream: term, env: {}, quiet: false, now: clock.now })!;
    bar.start(4);
    clock.set(500);
    bar.file(1_000_000);
    expect(term.written).toBe('');
    clock.set(2000);
    bar.file(3_000_000);
    expect(term.written).toContain('2/4 files');
    expect(term.written).toContain('2.0 MB/s');
    bar.end();
    // The line is wiped at the end, so the next shell prompt starts clean.
    expect(term.written.endsWith('\r\u001b[K')).toBe(true);
  });

  it('redraws at most ten times a second', () => {
    const term = new FakeTerminal();
    const clock = clockAt(0);
    const bar = createProgress({ stream: term, env: {}, quiet: false, now: clock.now })!;
    bar.start(1000);
    for (let i = 0; i < 1000; i++) {
      clock.set(1000 + i); // 1000 files in one second
      bar.file(10);
    }
    const draws = term.written.split('\r\u001b[K').filter((s) => s !== '').length;
    expect(draws).toBeGreaterThan(0);
    expect(draws).toBeLessThanOrEqual(11);
  });

  it('moves out of the way of a diagnostic line and comes back after it', () => {
    const term = new FakeTerminal();
    const clock = clockAt(0);
    const bar = createProgress({ stream: term, env: {}, quiet: false, now: clock.now })!;
    bar.start(2);
    clock.set(1500);
    bar.file(100);
    term.written = '';
    bar.print('crisis-extract: a.txt: unbalanced quotation mark\n');
    expect(term.written.startsWith('\r\u001b[Kcrisis-extract: a.txt: unbalanced quotation mark\n')).toBe(true);
    expect(term.written).toContain('1/2 files');
  });

  it('fits a narrow terminal', () => {
    const term = new FakeTerminal();
    term.columns = 30;
    const clock = clockAt(0);
    const bar = createProgress({ stream: term, env: {}, quiet: false, now: clock.now })!;
    bar.start(123456);
    expect(bar.line(5000).length).toBeLessThanOrEqual(29);
  });
});
