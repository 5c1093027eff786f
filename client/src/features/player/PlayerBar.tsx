import { useState } from 'react';
import { Link } from '../../app/Link.tsx';
import { Cover } from '../../ui/Cover.tsx';
import { QueuePanel } from './QueuePanel.tsx';
import { SeekBar } from './SeekBar.tsx';
import { usePlayer } from './usePlayer.ts';
import { VolumeControl } from './VolumeControl.tsx';
import { Icon } from '../../ui/Icon.tsx';

const repeatLabels = { off: 'Repeat: off', all: 'Repeat: all', one: 'Repeat: one' } as const;

/** The player bar at the bottom of every page. */
export function PlayerBar() {
  const player = usePlayer();
  const [queueOpen, setQueueOpen] = useState(false);
  const { current, queue } = player;
  return (
    <section className="player" aria-label="Player">
      {queueOpen && <QueuePanel id="queue-panel" />}
      <div className="player__now">
        <Cover url={current?.coverUrl} size={48} />
        <div className="player__text">
          {current ? (
            <>
              <Link
                href={`/tracks/${encodeURIComponent(current.id)}`}
                className="player__title"
                data-testid="now-playing"
              >
                {current.title}
              </Link>
              <span className="muted">{current.artist}</span>
            </>
          ) : (
            <span className="muted">Pick a track to play</span>
          )}
        </div>
      </div>
      <div className="player__main">
        <div className="player__buttons">
          <button
            type="button"
            className={`icon-button${queue.shuffle ? ' is-on' : ''}`}
            aria-label="Shuffle"
            aria-pressed={queue.shuffle}
            onClick={player.toggleShuffle}
          >
            <Icon name="shuffle" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Previous track"
            onClick={player.previous}
            disabled={!current}
          >
            <Icon name="previous" />
          </button>
          <button
            type="button"
            className="icon-button icon-button--big"
            aria-label={player.playing ? 'Pause' : 'Play'}
            onClick={player.togglePlay}
            disabled={!current}
          >
            <Icon name={player.playing ? 'pause' : 'play'} size={28} />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Next track"
            onClick={player.next}
            disabled={!current}
          >
            <Icon name="next" />
          </button>
          <button
            type="button"
            className={`icon-button${queue.repeat !== 'off' ? ' is-on' : ''}`}
            aria-label={repeatLabels[queue.repeat]}
            onClick={player.cycleRepeat}
          >
            <Icon name={queue.repeat === 'one' ? 'repeatOne' : 'repeat'} />
          </button>
        </div>
        <SeekBar />
        {player.error && (
          <p className="player__error" role="alert">
            {player.error}
          </p>
        )}
      </div>
      <div className="player__side">
        <button
          type="button"
          className={`icon-button${queueOpen ? ' is-on' : ''}`}
          aria-label="Queue"
          aria-expanded={queueOpen}
          aria-controls={queueOpen ? 'queue-panel' : undefined}
          onClick={() => setQueueOpen((open) => !open)}
        >
          <Icon name="queue" />
        </button>
        <VolumeControl />
      </div>
    </section>
  );
}
