import { describe, expect, it } from 'vitest';
import { dayLabel, groupByDay, localDay } from './groupByDay.ts';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();

describe('history grouping by day', () => {
  it('groups consecutive plays of the same local day, keeping newest-first order', () => {
    const plays = [at(2026, 3, 5, 22), at(2026, 3, 5, 8), at(2026, 3, 4, 23), at(2026, 3, 1)].map(
      (playedAt, i) => ({ i, playedAt }),
    );
    const groups = groupByDay(plays, (p) => p.playedAt);
    expect(groups.map((g) => [g.day, g.entries.map((e) => e.i)])).toEqual([
      ['2026-03-05', [0, 1]],
      ['2026-03-04', [2]],
      ['2026-03-01', [3]],
    ]);
  });

  it('labels today and yesterday, and writes other days out', () => {
    const now = new Date(2026, 0, 1, 9);
    expect(dayLabel(localDay(now), now)).toBe('Today');
    expect(dayLabel('2025-12-31', now)).toBe('Yesterday');
    expect(dayLabel('2025-12-25', now)).toMatch(/2025/);
  });

  it('returns no groups for no plays', () => {
    expect(groupByDay([], () => '')).toEqual([]);
  });
});
