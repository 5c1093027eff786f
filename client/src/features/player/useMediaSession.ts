import { useEffect } from 'react';
import type { PlayerApi } from './PlayerContext.ts';

const actions: MediaSessionAction[] = [
  'play',
  'pause',
  'previoustrack',
  'nexttrack',
  'seekto',
  'seekbackward',
  'seekforward',
];

/**
 * Publishes the current track to the Media Session API (lock screen, hardware media keys, notification
 * controls) and routes its actions to the player.
 */
export function useMediaSession(player: PlayerApi): void {
  const { current, playing, audio } = player;
  const session =
    typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : null;

  useEffect(() => {
    if (!session) return;
    session.metadata = current
      ? new MediaMetadata({
          title: current.title,
          artist: current.artist,
          album: current.album ?? '',
          artwork: current.coverUrl ? [{ src: current.coverUrl, sizes: '512x512' }] : [],
        })
      : null;
  }, [session, current]);

  useEffect(() => {
    if (session) session.playbackState = current ? (playing ? 'playing' : 'paused') : 'none';
  }, [session, current, playing]);

  useEffect(() => {
    if (!session) return;
    const handlers: Record<string, MediaSessionActionHandler> = {
      play: () => !player.playing && player.togglePlay(),
      pause: () => player.playing && player.togglePlay(),
      previoustrack: () => player.previous(),
      nexttrack: () => player.next(),
      seekto: (details) => details.seekTime !== undefined && player.seek(details.seekTime),
      seekbackward: (details) => player.seekBy(-(details.seekOffset ?? 10)),
      seekforward: (details) => player.seekBy(details.seekOffset ?? 10),
    };
    for (const action of actions) {
      try {
        session.setActionHandler(action, handlers[action] ?? null);
      } catch {
        // Older browsers throw for actions they do not know; the others still work.
      }
    }
    return () => {
      for (const action of actions) {
        try {
          session.setActionHandler(action, null);
        } catch {
          // See above.
        }
      }
    };
  }, [session, player]);

  useEffect(() => {
    if (!session || !audio) return;
    const update = () => {
      if (!Number.isFinite(audio.duration) || audio.duration <= 0) return;
      session.setPositionState?.({
        duration: audio.duration,
        position: Math.min(audio.currentTime, audio.duration),
        playbackRate: audio.playbackRate,
      });
    };
    audio.addEventListener('loadedmetadata', update);
    audio.addEventListener('seeked', update);
    audio.addEventListener('play', update);
    return () => {
      audio.removeEventListener('loadedmetadata', update);
      audio.removeEventListener('seeked', update);
      audio.removeEventListener('play', update);
    };
  }, [session, audio]);
}
