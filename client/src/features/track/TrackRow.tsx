import { Link } from '../../app/Link.tsx';
import { graphql } from '../../gql';
import type { TrackRowFragment } from '../../gql/graphql.ts';
import { Cover } from '../../ui/Cover.tsx';
import { formatDuration } from '../../ui/formatDuration.ts';
import { AddToPlaylistButton } from '../playlists/AddToPlaylistButton.tsx';
import { usePlayer } from '../player/usePlayer.ts';
import { FavouriteButton } from './FavouriteButton.tsx';
import { Icon } from '../../ui/Icon.tsx';

/** What a row (and the player) needs of a track. */
export const TrackRowFields = graphql(`
  fragment TrackRow on Track {
    id
    title
    artist
    album
    genre
    durationSeconds
    streamUrl
    coverUrl
    playCount
    favouriteCount
    isFavourite
  }
`);

/** Props of {@link TrackRow}. */
export interface TrackRowProps {
  readonly track: TrackRowFragment;
  /** Plays this row (usually: the whole list as the queue, from here). */
  readonly onPlay: () => void;
  /** Extra controls at the end of the row (e.g. playlist reorder buttons). */
  readonly children?: React.ReactNode;
}

/** One track in a list: play, cover, title (links to the track page), artist, duration, heart, add to playlist. */
export function TrackRow({ track, onPlay, children }: TrackRowProps) {
  const player = usePlayer();
  const isCurrent = player.current?.id === track.id;
  const isPlaying = isCurrent && player.playing;
  return (
    <div className={`track-row${isCurrent ? ' track-row--current' : ''}`}>
      <button
        type="button"
        className="icon-button track-row__play"
        onClick={isCurrent ? player.togglePlay : onPlay}
        aria-label={`${isPlaying ? 'Pause' : 'Play'} ${track.title}`}
      >
        <Icon name={isPlaying ? 'pause' : 'play'} />
      </button>
      <Cover url={track.coverUrl} size={40} />
      <div className="track-row__text">
        <Link href={`/tracks/${encodeURIComponent(track.id)}`} className="track-row__title">
          {track.title}
        </Link>
        <span className="track-row__artist">{track.artist}</span>
      </div>
      <span className="track-row__duration">{formatDuration(track.durationSeconds)}</span>
      <FavouriteButton
        trackId={track.id}
        title={track.title}
        isFavourite={track.isFavourite}
        count={track.favouriteCount}
      />
      <AddToPlaylistButton trackId={track.id} title={track.title} />
      {children}
    </div>
  );
}
