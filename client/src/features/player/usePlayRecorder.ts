import { useEffect } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { PlayTracker } from './PlayTracker.ts';
import type { QueueTrack } from './QueueTrack.ts';

const RecordPlay = graphql(`
  mutation RecordPlay($input: RecordPlayInput!) {
    recordPlay(input: $input) {
      id
      playedAt
      msPlayed
      track {
        id
        playCount
      }
    }
  }
`);

/**
 * Records a play with `recordPlay` once 30 s (or half of a shorter track) has really been listened to.
 * `playKey` changes for every new play, including a repeat of the same track, so each gets its own id.
 */
export function usePlayRecorder(
  audio: HTMLAudioElement | null,
  track: QueueTrack | null,
  playKey: number,
): void {
  const [, recordPlay] = useMutation(RecordPlay);
  const trackId = track?.id;
  const duration = track?.durationSeconds ?? 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: playKey starts a new play on purpose.
  useEffect(() => {
    if (!audio || !trackId) return;
    const tracker = new PlayTracker(trackId, duration);
    const onTime = () => {
      if (audio.paused || audio.seeking) return;
      const record = tracker.onPosition(audio.currentTime);
      // Idempotent on the id: a retry after a network error is not counted twice.
      if (record) void recordPlay({ input: record });
    };
    const onJump = () => tracker.resetPosition();
    audio.addEventListener('timeupdate', onTime);
    audio.addEventListener('seeking', onJump);
    audio.addEventListener('pause', onJump);
    return () => {
      audio.removeEventListener('timeupdate', onTime);
      audio.removeEventListener('seeking', onJump);
      audio.removeEventListener('pause', onJump);
    };
  }, [audio, trackId, duration, playKey, recordPlay]);
}
