import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { type PlayerApi, PlayerContext } from './PlayerContext.ts';
import * as Queue from './queue.ts';
import type { QueueTrack } from './QueueTrack.ts';
import { useMediaSession } from './useMediaSession.ts';
import { usePlayerShortcuts } from './usePlayerShortcuts.ts';
import { usePlayRecorder } from './usePlayRecorder.ts';
import { useStreamRefresh } from './useStreamRefresh.ts';

const VOLUME_KEY = 'tunehub.volume';
const RESTART_THRESHOLD_SECONDS = 3;

/**
 * Owns the one `<audio>` element and the queue. Tracks stream straight from their presigned URL (the
 * browser issues Range requests itself); commands load the next track imperatively so that a replay of
 * the same track (repeat one, duplicates in a playlist) restarts it.
 */
export function PlayerProvider({ children }: { children: ReactNode }) {
  const [audio, setAudio] = useState<HTMLAudioElement | null>(null);
  const [queue, setQueue] = useState<Queue.QueueState>(Queue.emptyQueue);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [playKey, setPlayKey] = useState(0);
  const queueRef = useRef(queue);
  const pendingSeek = useRef<number | null>(null);

  const start = useCallback(
    (track: QueueTrack | null, resumeAt = 0, autoplay = true) => {
      if (!audio) return;
      setError(null);
      if (!track) {
        audio.pause();
        audio.removeAttribute('src');
        audio.load();
        return;
      }
      pendingSeek.current = resumeAt > 0 ? resumeAt : null;
      audio.src = track.streamUrl;
      if (resumeAt === 0) setPlayKey((k) => k + 1);
      if (autoplay)
        audio.play().catch((e: unknown) => {
          // Autoplay policy or a source error: the error event (if any) is handled by useStreamRefresh.
          if (e instanceof DOMException && e.name === 'NotAllowedError') setPlaying(false);
        });
    },
    [audio],
  );

  const commit = useCallback(
    (next: Queue.QueueState | null, load: boolean) => {
      if (!next) {
        audio?.pause();
        return;
      }
      queueRef.current = next;
      setQueue(next);
      if (load) start(Queue.currentTrack(next));
    },
    [audio, start],
  );

  const onFreshUrl = useCallback(
    (trackId: string, url: string, resumeAt: number) => {
      const next = Queue.updateTrack(queueRef.current, trackId, { streamUrl: url });
      commit(next, false);
      const current = Queue.currentTrack(next);
      if (current?.id === trackId) start(current, resumeAt, true);
    },
    [commit, start],
  );

  const audioRef = useCallback((element: HTMLAudioElement | null) => {
    setAudio(element);
    if (!element) return;
    const stored = Number(window.localStorage.getItem(VOLUME_KEY));
    if (stored >= 0 && stored <= 1 && window.localStorage.getItem(VOLUME_KEY) !== null)
      element.volume = stored;
  }, []);

  const api = useMemo<PlayerApi>(() => {
    const current = Queue.currentTrack(queue);
    return {
      queue,
      current,
      playing,
      error,
      audio,
      playTracks: (tracks, index) => commit(Queue.playList(queueRef.current, tracks, index), true),
      enqueue: (tracks) =>
        commit(Queue.enqueue(queueRef.current, tracks), queueRef.current.tracks.length === 0),
      togglePlay: () => {
        if (!audio || !current) return;
        if (audio.paused) void audio.play().catch(() => setPlaying(false));
        else audio.pause();
      },
      next: () => commit(Queue.next(queueRef.current, false), true),
      previous: () => {
        if (audio && audio.currentTime > RESTART_THRESHOLD_SECONDS) audio.currentTime = 0;
        else commit(Queue.previous(queueRef.current), true);
      },
      seek: (seconds) => {
        if (audio && Number.isFinite(audio.duration))
          audio.currentTime = Math.min(Math.max(0, seconds), audio.duration);
      },
      seekBy: (delta) => {
        if (audio && Number.isFinite(audio.duration))
          audio.currentTime = Math.min(Math.max(0, audio.currentTime + delta), audio.duration);
      },
      setVolume: (volume) => {
        if (!audio) return;
        audio.volume = Math.min(1, Math.max(0, volume));
        audio.muted = false;
        window.localStorage.setItem(VOLUME_KEY, String(audio.volume));
      },
      toggleMute: () => {
        if (audio) audio.muted = !audio.muted;
      },
      toggleShuffle: () => commit(Queue.setShuffle(queueRef.current, !queueRef.current.shuffle), false),
      cycleRepeat: () =>
        commit({ ...queueRef.current, repeat: Queue.nextRepeatMode(queueRef.current.repeat) }, false),
      jumpTo: (position) => commit(Queue.jumpTo(queueRef.current, position), true),
    };
  }, [queue, playing, error, audio, commit]);

  const onEnded = () => {
    const next = Queue.next(queueRef.current, true);
    if (next === queueRef.current) start(Queue.currentTrack(next));
    else commit(next, true);
  };

  usePlayRecorder(audio, api.current, playKey);
  useStreamRefresh(audio, api.current, onFreshUrl, setError);
  useMediaSession(api);
  usePlayerShortcuts(api);

  return (
    <PlayerContext value={api}>
      {children}
      {/* biome-ignore lint/a11y/useMediaCaption: music has no captions; the player bar is the UI. */}
      <audio
        ref={audioRef}
        preload="auto"
        data-testid="audio"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={onEnded}
        onLoadedMetadata={(event) => {
          if (pendingSeek.current !== null) event.currentTarget.currentTime = pendingSeek.current;
          pendingSeek.current = null;
        }}
      />
    </PlayerContext>
  );
}
