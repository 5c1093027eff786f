import { createContext } from 'react';
import type { QueueState } from './queue.ts';
import type { QueueTrack } from './QueueTrack.ts';

/** The player as components see it: what plays, and the controls. */
export interface PlayerApi {
  readonly queue: QueueState;
  readonly current: QueueTrack | null;
  readonly playing: boolean;
  /** A stream that could not be recovered, as a sentence. */
  readonly error: string | null;
  /** The one `<audio>` element (for the time display and seeking). */
  readonly audio: HTMLAudioElement | null;
  /** Replaces the queue with `tracks` and plays from `startIndex`. */
  playTracks(tracks: readonly QueueTrack[], startIndex: number): void;
  /** Adds tracks to the end of the queue. */
  enqueue(tracks: readonly QueueTrack[]): void;
  togglePlay(): void;
  next(): void;
  /** Restarts the track when more than 3 s in, else goes to the previous one. */
  previous(): void;
  seek(seconds: number): void;
  /** Seeks relative to the current position. */
  seekBy(deltaSeconds: number): void;
  setVolume(volume: number): void;
  toggleMute(): void;
  toggleShuffle(): void;
  cycleRepeat(): void;
  /** Plays the item at a position of the play order (queue panel). */
  jumpTo(position: number): void;
}

/** Context for the {@link PlayerApi}; provided by `PlayerProvider`. */
export const PlayerContext = createContext<PlayerApi | null>(null);
