import type { TrackRowFragment } from '../../gql/graphql.ts';
import type { QueueTrack } from './QueueTrack.ts';

/** The player's view of a track row. */
export function toQueueTrack(track: TrackRowFragment): QueueTrack {
  return {
    id: track.id,
    title: track.title,
    artist: track.artist,
    album: track.album ?? null,
    durationSeconds: track.durationSeconds,
    streamUrl: track.streamUrl,
    coverUrl: track.coverUrl ?? null,
  };
}
