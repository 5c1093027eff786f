import { useId } from 'react';
import type { TrackRowFragment } from '../../gql/graphql.ts';
import { usePlayer } from '../player/usePlayer.ts';
import { toQueueTrack } from '../player/toQueueTrack.ts';
import { TrackRow } from '../track/TrackRow.tsx';

/** One play in the history. */
export interface Play {
  readonly id: string;
  readonly playedAt: string;
  readonly track: TrackRowFragment;
}

/** The plays of one day, with the time of each; playing one queues the day from there. */
export function HistoryDay({ label, plays }: { label: string; plays: readonly Play[] }) {
  const headingId = useId();
  const player = usePlayer();
  const play = (index: number) =>
    player.playTracks(
      plays.map((p) => toQueueTrack(p.track)),
      index,
    );
  return (
    <section className="history-day" aria-labelledby={headingId}>
      <h2 id={headingId} className="history-day__title">
        {label}
      </h2>
      <ul className="track-list" data-testid="history-list">
        {plays.map((entry, index) => (
          <li key={entry.id} className="history-entry">
            <time className="history-entry__time" dateTime={entry.playedAt}>
              {new Date(entry.playedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
            </time>
            <TrackRow track={entry.track} onPlay={() => play(index)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
