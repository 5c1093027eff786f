import { describe, expect, it } from 'vitest';
import { PlayTracker, playThresholdMs } from './PlayTracker.ts';

/** Feeds positions every 0.25 s from `from` to `to` seconds, returning the first record produced. */
function play(tracker: PlayTracker, from: number, to: number) {
  for (let t = from; t <= to + 1e-9; t += 0.25) {
    const record = tracker.onPosition(t);
    if (record) return { at: t, record };
  }
  return null;
}

describe('play recording rule', () => {
  it('needs 30 s of a long track, or half of a short one', () => {
    expect(playThresholdMs(240)).toBe(30_000);
    expect(playThresholdMs(60)).toBe(30_000);
    expect(playThresholdMs(20)).toBe(10_000);
    expect(playThresholdMs(0)).toBe(30_000);
  });

  it('records once, after 30 s of listening, with the client id and start time', () => {
    const started = new Date('2026-01-02T03:04:05.000Z');
    const tracker = new PlayTracker('t1', 200, started, () => 'play-1');
    const first = play(tracker, 0, 60);
    expect(first?.at).toBeCloseTo(30, 5);
    expect(first?.record).toEqual({
      id: 'play-1',
      trackId: 't1',
      playedAt: '2026-01-02T03:04:05.000Z',
      msPlayed: 30_000,
    });
    expect(play(tracker, 60.25, 120)).toBeNull();
  });

  it('records half of a short track', () => {
    const tracker = new PlayTracker('t2', 8, new Date(), () => 'x');
    expect(play(tracker, 0, 8)?.at).toBeCloseTo(4, 5);
  });

  it('does not count a seek ahead as listening', () => {
    const tracker = new PlayTracker('t3', 300, new Date(), () => 'x');
    expect(play(tracker, 0, 10)).toBeNull();
    tracker.resetPosition();
    expect(play(tracker, 200, 215)).toBeNull();
    expect(tracker.msPlayed).toBe(25_000);
    // A jump without a seek event is also ignored (more than 2 s between two reports).
    expect(tracker.onPosition(280)).toBeNull();
    expect(play(tracker, 280.25, 290)?.record.msPlayed).toBe(30_000);
  });

  it('gives each play its own id from crypto.randomUUID by default', () => {
    const a = new PlayTracker('t', 100);
    const b = new PlayTracker('t', 100);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
  });
});
