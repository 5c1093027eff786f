import { Cover } from '../../ui/Cover.tsx';
import { formatDuration } from '../../ui/formatDuration.ts';
import { upcoming } from './queue.ts';
import { usePlayer } from './usePlayer.ts';

/** The queue: what plays now and what comes next (in shuffle order when shuffling); click to jump. */
export function QueuePanel({ id }: { id: string }) {
  const player = usePlayer();
  const next = upcoming(player.queue);
  return (
    <section id={id} className="queue" aria-label="Queue">
      <h2 className="queue__title">Now playing</h2>
      {player.current ? (
        <p className="queue__now">
          {player.current.title} <span className="muted">— {player.current.artist}</span>
        </p>
      ) : (
        <p className="muted">Nothing is playing.</p>
      )}
      <h2 className="queue__title">Next up</h2>
      {next.length === 0 ? (
        <p className="muted">
          {player.queue.repeat === 'all' ? 'The queue starts over.' : 'The queue ends here.'}
        </p>
      ) : (
        <ol className="queue__list">
          {next.map(({ position, track }) => (
            <li key={`${position}-${track.id}`}>
              <button type="button" className="queue__item" onClick={() => player.jumpTo(position)}>
                <Cover url={track.coverUrl} size={32} />
                <span className="queue__text">
                  <span>{track.title}</span>
                  <span className="muted">{track.artist}</span>
                </span>
                <span className="muted">{formatDuration(track.durationSeconds)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
