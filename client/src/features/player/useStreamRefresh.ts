import { useEffect, useRef } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { QueueTrack } from './QueueTrack.ts';

const TrackStream = graphql(`
  query TrackStream($id: ID!) {
    track(id: $id) {
      id
      streamUrl
    }
  }
`);

/**
 * Recovers from an expired stream URL. Presigned URLs live 15 minutes, so a queued or long-paused track
 * fails with a media error (S3 answers 403); then the track is refetched with `network-only` and
 * `onFreshUrl` resumes at the same position. One retry per track until it plays again, so a track that
 * really is gone ends in `onGiveUp` instead of a loop.
 */
export function useStreamRefresh(
  audio: HTMLAudioElement | null,
  track: QueueTrack | null,
  onFreshUrl: (trackId: string, url: string, resumeAt: number) => void,
  onGiveUp: (message: string) => void,
): void {
  const client = useClient();
  const retried = useRef<string | null>(null);
  const lastTime = useRef(0);
  const trackId = track?.id;

  useEffect(() => {
    if (!audio || !trackId) return;
    const onTime = () => {
      if (audio.currentTime > 0) lastTime.current = audio.currentTime;
    };
    const onPlaying = () => {
      retried.current = null;
    };
    const onError = async () => {
      if (!audio.error || audio.error.code === MediaError.MEDIA_ERR_ABORTED) return;
      if (retried.current === trackId) {
        onGiveUp('This track cannot be played right now.');
        return;
      }
      retried.current = trackId;
      const resumeAt = lastTime.current;
      const result = await client
        .query(TrackStream, { id: trackId }, { requestPolicy: 'network-only' })
        .toPromise();
      const url = result.data?.track?.streamUrl;
      if (url) onFreshUrl(trackId, url, resumeAt);
      else
        onGiveUp(
          result.data && !result.data.track
            ? 'This track was deleted.'
            : 'Cannot reach Tunehub to play this track.',
        );
    };
    lastTime.current = 0;
    audio.addEventListener('timeupdate', onTime);
    audio.addEventListener('playing', onPlaying);
    audio.addEventListener('error', onError);
    return () => {
      audio.removeEventListener('timeupdate', onTime);
      audio.removeEventListener('playing', onPlaying);
      audio.removeEventListener('error', onError);
    };
  }, [audio, trackId, client, onFreshUrl, onGiveUp]);
}
