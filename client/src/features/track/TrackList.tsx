import type { TrackRowFragment } from '../../gql/graphql.ts';
import { usePlayer } from '../player/usePlayer.ts';
import { toQueueTrack } from '../player/toQueueTrack.ts';
import { TrackRow } from './TrackRow.tsx';

/** A list of tracks; playing one queues the whole list from there. */
export function TrackList({ tracks, label }: { tracks: readonly TrackRowFragment[]; label: string }) {
  const player = usePlayer();
  const play = (index: number) => player.playTracks(tracks.map(toQueueTrack), index);
  return (
    <ul className="track-list" aria-label={label}>
      {tracks.map((track, index) => (
        <li key={track.id}>
          <TrackRow track={track} onPlay={() => play(index)} />
        </li>
      ))}
    </ul>
  );
}
