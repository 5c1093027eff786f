import { describe, expect, it } from 'vitest';
import {
  currentTrack,
  emptyQueue,
  enqueue,
  jumpTo,
  next,
  nextRepeatMode,
  playList,
  previous,
  type QueueState,
  setShuffle,
  upcoming,
  updateTrack,
} from './queue.ts';
import type { QueueTrack } from './QueueTrack.ts';

const track = (id: string): QueueTrack => ({
  id,
  title: id,
  artist: 'A',
  durationSeconds: 60,
  streamUrl: `https://s/${id}`,
});
const tracks = ['a', 'b', 'c', 'd', 'e'].map(track);
/** A deterministic "random" sequence. */
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] as number;
};
const ids = (state: QueueState) => state.order.map((i) => state.tracks[i]?.id).join('');

describe('queue', () => {
  it('plays a list from the chosen index in list order', () => {
    const q = playList(emptyQueue, tracks, 2);
    expect(currentTrack(q)?.id).toBe('c');
    expect(upcoming(q).map((u) => u.track.id)).toEqual(['d', 'e']);
  });

  it('stops at the end with repeat off, wraps with repeat all', () => {
    const atEnd = playList(emptyQueue, tracks, 4);
    expect(next(atEnd, true)).toBeNull();
    expect(next(atEnd, false)).toBeNull();
    const looping = { ...atEnd, repeat: 'all' as const };
    expect(currentTrack(next(looping, true) as QueueState)?.id).toBe('a');
  });

  it('replays the track with repeat one when it ends, but moves on when the listener presses next', () => {
    const q = { ...playList(emptyQueue, tracks, 1), repeat: 'one' as const };
    expect(next(q, true)).toBe(q);
    expect(currentTrack(next(q, false) as QueueState)?.id).toBe('c');
  });

  it('goes back, stays on the first track with repeat off and wraps to the last with repeat all', () => {
    const q = playList(emptyQueue, tracks, 1);
    expect(currentTrack(previous(q))?.id).toBe('a');
    const first = playList(emptyQueue, tracks, 0);
    expect(previous(first)).toBe(first);
    expect(currentTrack(previous({ ...first, repeat: 'all' }))?.id).toBe('e');
  });

  it('shuffles the rest of the queue behind the current track and restores list order when turned off', () => {
    const q = playList(emptyQueue, tracks, 2);
    const shuffled = setShuffle(q, true, sequence(0, 0, 0, 0));
    expect(currentTrack(shuffled)?.id).toBe('c');
    expect(shuffled.position).toBe(0);
    expect([...shuffled.order].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(ids(shuffled)).not.toBe('abcde');
    const moved = next(next(shuffled, false) as QueueState, false) as QueueState;
    const restored = setShuffle(moved, false);
    expect(ids(restored)).toBe('abcde');
    expect(currentTrack(restored)?.id).toBe(currentTrack(moved)?.id);
  });

  it('starts a shuffled list with the chosen track and keeps the setting for the next list', () => {
    const on = setShuffle(emptyQueue, true);
    const q = playList(on, tracks, 3, sequence(0.5, 0.1, 0.9));
    expect(currentTrack(q)?.id).toBe('d');
    expect(q.shuffle).toBe(true);
    expect(upcoming(q)).toHaveLength(4);
  });

  it('deals a fresh order when a shuffled queue loops', () => {
    const q = { ...setShuffle(playList(emptyQueue, tracks, 0), true, sequence(0)), repeat: 'all' as const };
    const last = jumpTo(q, 4);
    const looped = next(last, true, sequence(0.99, 0.5, 0.1, 0.3)) as QueueState;
    expect(looped.position).toBe(0);
    expect([...looped.order].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('cycles repeat off → all → one → off', () => {
    expect(nextRepeatMode('off')).toBe('all');
    expect(nextRepeatMode('all')).toBe('one');
    expect(nextRepeatMode('one')).toBe('off');
  });

  it('appends to the queue and replaces a refreshed stream URL everywhere it appears', () => {
    const q = enqueue(playList(emptyQueue, [track('a')], 0), [track('b'), track('a')]);
    expect(upcoming(q).map((u) => u.track.id)).toEqual(['b', 'a']);
    const refreshed = updateTrack(q, 'a', { streamUrl: 'https://s/fresh' });
    expect(refreshed.tracks.filter((t) => t.streamUrl === 'https://s/fresh')).toHaveLength(2);
    expect(updateTrack(q, 'zzz', { streamUrl: 'x' })).toBe(q);
  });

  it('ignores jumps outside the queue and reports no current track when empty', () => {
    const q = playList(emptyQueue, tracks, 0);
    expect(jumpTo(q, 9)).toBe(q);
    expect(currentTrack(emptyQueue)).toBeNull();
    expect(next(emptyQueue, false)).toBeNull();
  });
});
