import type { QueueTrack } from './QueueTrack.ts';
import { type Random, shuffle } from './shuffle.ts';

/** `all` loops the queue, `one` loops the current track. */
export type RepeatMode = 'off' | 'all' | 'one';

/**
 * The play queue. `order` is a permutation of indexes into `tracks` (the identity unless shuffled), and
 * `position` is where playback is in `order`. Shuffling never reorders `tracks`, so turning it off
 * returns to the list's own order at the current track.
 */
export interface QueueState {
  readonly tracks: readonly QueueTrack[];
  readonly order: readonly number[];
  readonly position: number;
  readonly shuffle: boolean;
  readonly repeat: RepeatMode;
}

/** An empty queue. */
export const emptyQueue: QueueState = { tracks: [], order: [], position: 0, shuffle: false, repeat: 'off' };

const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

/** An order starting at `first`, the rest shuffled (or in list order when not shuffling). */
function orderFrom(length: number, first: number, shuffled: boolean, random: Random): number[] {
  if (!shuffled) return identity(length);
  return [
    first,
    ...shuffle(
      identity(length).filter((i) => i !== first),
      random,
    ),
  ];
}

/** The track being played, or null for an empty queue. */
export function currentTrack(state: QueueState): QueueTrack | null {
  const index = state.order[state.position];
  return index === undefined ? null : (state.tracks[index] ?? null);
}

/** Replaces the queue with `tracks`, starting at `startIndex`; keeps shuffle and repeat settings. */
export function playList(
  state: QueueState,
  tracks: readonly QueueTrack[],
  startIndex: number,
  random: Random = Math.random,
): QueueState {
  const start = Math.min(Math.max(0, startIndex), Math.max(0, tracks.length - 1));
  const order = orderFrom(tracks.length, start, state.shuffle, random);
  return { ...state, tracks, order, position: state.shuffle ? 0 : start };
}

/**
 * The queue after the current track. `auto` is a track ending by itself, where repeat-one replays it;
 * a listener pressing next always moves on. Returns null when the queue is over (repeat off).
 */
export function next(state: QueueState, auto: boolean, random: Random = Math.random): QueueState | null {
  if (state.tracks.length === 0) return null;
  if (auto && state.repeat === 'one') return state;
  if (state.position + 1 < state.order.length) return { ...state, position: state.position + 1 };
  if (state.repeat === 'off') return null;
  // Looping a shuffled queue deals a fresh order, as music players do.
  const order = state.shuffle ? shuffle(identity(state.tracks.length), random) : state.order;
  return { ...state, order, position: 0 };
}

/** The queue before the current track: wraps with repeat-all, otherwise stays on the first. */
export function previous(state: QueueState): QueueState {
  if (state.position > 0) return { ...state, position: state.position - 1 };
  if (state.repeat === 'all' && state.order.length > 0) return { ...state, position: state.order.length - 1 };
  return state;
}

/** Turns shuffle on (current track first, the rest shuffled) or off (back to list order, same track). */
export function setShuffle(state: QueueState, on: boolean, random: Random = Math.random): QueueState {
  if (on === state.shuffle) return state;
  const current = state.order[state.position] ?? 0;
  if (on)
    return {
      ...state,
      shuffle: true,
      order: orderFrom(state.tracks.length, current, true, random),
      position: 0,
    };
  return { ...state, shuffle: false, order: identity(state.tracks.length), position: current };
}

/** off → all → one → off. */
export function nextRepeatMode(mode: RepeatMode): RepeatMode {
  return mode === 'off' ? 'all' : mode === 'all' ? 'one' : 'off';
}

/** Jumps to a position in play order (e.g. a click in the queue panel). */
export function jumpTo(state: QueueState, position: number): QueueState {
  return position >= 0 && position < state.order.length ? { ...state, position } : state;
}

/** Appends tracks to the end of the play order. */
export function enqueue(state: QueueState, tracks: readonly QueueTrack[]): QueueState {
  const added = tracks.map((_, i) => state.tracks.length + i);
  return { ...state, tracks: [...state.tracks, ...tracks], order: [...state.order, ...added] };
}

/** Replaces a track's data wherever it is in the queue (e.g. a refreshed stream URL). */
export function updateTrack(state: QueueState, id: string, patch: Partial<QueueTrack>): QueueState {
  if (!state.tracks.some((t) => t.id === id)) return state;
  return { ...state, tracks: state.tracks.map((t) => (t.id === id ? { ...t, ...patch } : t)) };
}

/** The tracks still to come, in play order, with their positions. */
export function upcoming(state: QueueState): Array<{ position: number; track: QueueTrack }> {
  const result: Array<{ position: number; track: QueueTrack }> = [];
  for (let position = state.position + 1; position < state.order.length; position++) {
    const track = state.tracks[state.order[position] ?? -1];
    if (track) result.push({ position, track });
  }
  return result;
}
