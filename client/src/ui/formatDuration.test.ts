import { describe, expect, it } from 'vitest';
import { formatDuration, formatTotalDuration } from './formatDuration.ts';

describe('duration formatting', () => {
  it('formats track times as m:ss and h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(8.9)).toBe('0:08');
    expect(formatDuration(187)).toBe('3:07');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });

  it('formats playlist totals in words', () => {
    expect(formatTotalDuration(12)).toBe('12 s');
    expect(formatTotalDuration(600)).toBe('10 min');
    expect(formatTotalDuration(3900)).toBe('1 h 5 min');
  });
});
