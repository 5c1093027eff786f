import { useSyncExternalStore } from 'react';

/** Position, duration, volume and mute of an audio element, re-rendering as they change. */
export interface AudioTime {
  readonly currentTime: number;
  readonly duration: number;
  readonly volume: number;
  readonly muted: boolean;
}

const events = [
  'timeupdate',
  'durationchange',
  'volumechange',
  'loadedmetadata',
  'seeked',
  'emptied',
] as const;
const zero: AudioTime = { currentTime: 0, duration: 0, volume: 1, muted: false };
const cache = new WeakMap<HTMLAudioElement, AudioTime>();

function read(audio: HTMLAudioElement | null): AudioTime {
  if (!audio) return zero;
  const previous = cache.get(audio);
  const duration = Number.isFinite(audio.duration) ? audio.duration : 0;
  // useSyncExternalStore needs a stable snapshot while nothing changed.
  if (
    previous &&
    previous.currentTime === audio.currentTime &&
    previous.duration === duration &&
    previous.volume === audio.volume &&
    previous.muted === audio.muted
  ) {
    return previous;
  }
  const next = { currentTime: audio.currentTime, duration, volume: audio.volume, muted: audio.muted };
  cache.set(audio, next);
  return next;
}

/**
 * Subscribes to an audio element's time and volume. Only the player bar uses it, so the ~4 updates a
 * second re-render the bar, not every track row.
 */
export function useAudioTime(audio: HTMLAudioElement | null): AudioTime {
  return useSyncExternalStore(
    (onChange) => {
      if (!audio) return () => undefined;
      for (const name of events) audio.addEventListener(name, onChange);
      return () => {
        for (const name of events) audio.removeEventListener(name, onChange);
      };
    },
    () => read(audio),
    () => zero,
  );
}
