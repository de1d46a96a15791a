import { describe, expect, it } from 'vitest';
import { describeExtensions, formatBytes, fsErrorMessage, parseSize } from '../../src/input/messages.js';
import { errno } from '../support/temp.js';

describe('formatBytes', () => {
  it('uses 1024-based units with one decimal and no trailing .0', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(66_270_000)).toBe('63.2 MB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
  });
});

describe('parseSize', () => {
  it('reads plain bytes and K/M/G units in any spelling', () => {
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('50MB')).toBe(50 * 1024 * 1024);
    expect(parseSize('1.5g')).toBe(1.5 * 1024 ** 3);
    expect(parseSize(' 20 KiB ')).toBe(20 * 1024);
    expect(parseSize('10 b')).toBe(10);
  });

  it('rejects what is not a size', () => {
    for (const bad of ['', 'MB', '-5', '5 XB', '1e6', 'zehn']) expect(parseSize(bad)).toBeNull();
  });
});

describe('describeExtensions', () => {
  it('lists extensions in plain words', () => {
    expect(describeExtensions(['txt'])).toBe('.txt');
    expect(describeExtensions(['txt', 'md'])).toBe('.txt or .md');
    expect(describeExtensions(['txt', 'md', 'html'])).toBe('.txt, .md or .html');
  });
});

describe('fsErrorMessage', () => {
  it('names the file after a short phrase for known codes and keeps one line otherwise', () => {
    expect(fsErrorMessage(errno('ENOENT'), 'a.txt')).toBe('no such file or directory: a.txt');
    expect(fsErrorMessage(errno('EACCES'), 'a.txt')).toBe('permission denied: a.txt');
    expect(fsErrorMessage(new Error('seltsam\nzweite Zeile'), 'a.txt')).toBe('cannot read (seltsam): a.txt');
  });
});
