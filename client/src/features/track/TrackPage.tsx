import { useState } from 'react';
import { useQuery } from 'urql';
import { isAdmin } from '../../auth/AuthSession.ts';
import { useSession } from '../../auth/useSession.ts';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { Cover } from '../../ui/Cover.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { formatCount } from '../../ui/formatCount.ts';
import { formatDuration } from '../../ui/formatDuration.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { AddToPlaylistButton } from '../playlists/AddToPlaylistButton.tsx';
import { toQueueTrack } from '../player/toQueueTrack.ts';
import { usePlayer } from '../player/usePlayer.ts';
import { DeleteTrackButton } from './DeleteTrackButton.tsx';
import { EditTrackForm } from './EditTrackForm.tsx';
import { FavouriteButton } from './FavouriteButton.tsx';
import { Icon } from '../../ui/Icon.tsx';

const TrackQuery = graphql(`
  query Track($id: ID!) {
    track(id: $id) {
      ...TrackRow
      createdAt
      uploader {
        id
        displayName
        avatarUrl
      }
    }
  }
`);

/** One track: cover, details, counts, play, favourite, add to playlist; edit and delete for its uploader or an admin. */
export function TrackPage({ id }: { id: string }) {
  const session = useSession();
  const player = usePlayer();
  const [editing, setEditing] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({ query: TrackQuery, variables: { id } });
  const track = data?.track;

  if (!track) {
    if (error)
      return (
        <ErrorNotice
          message={describeError(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      );
    if (fetching || !data) return <Spinner />;
    return <EmptyState title="Track not found">It may have been deleted.</EmptyState>;
  }
  const canEdit = track.uploader.id === session.userId || isAdmin(session);
  const isCurrent = player.current?.id === track.id;
  return (
    <article className="page track-page">
      <Cover url={track.coverUrl} size={220} alt={`Cover of ${track.title}`} />
      <div className="track-page__body">
        <PageHeading title={track.title}>{track.title}</PageHeading>
        <p className="track-page__artist">{track.artist}</p>
        <dl className="details">
          {track.album && (
            <>
              <dt>Album</dt>
              <dd>{track.album}</dd>
            </>
          )}
          {track.genre && (
            <>
              <dt>Genre</dt>
              <dd>{track.genre}</dd>
            </>
          )}
          <dt>Duration</dt>
          <dd>{formatDuration(track.durationSeconds)}</dd>
          <dt>Uploaded by</dt>
          <dd>{track.uploader.displayName}</dd>
          <dt>Added</dt>
          <dd>{new Date(track.createdAt).toLocaleDateString()}</dd>
          <dt>Plays</dt>
          <dd data-testid="play-count">{formatCount(track.playCount, 'play')}</dd>
          <dt>Favourites</dt>
          <dd data-testid="favourite-count">{formatCount(track.favouriteCount, 'favourite')}</dd>
        </dl>
        <div className="toolbar">
          <button
            type="button"
            className="button button--primary"
            onClick={() => (isCurrent ? player.togglePlay() : player.playTracks([toQueueTrack(track)], 0))}
          >
            <Icon name={isCurrent && player.playing ? 'pause' : 'play'} />
            {isCurrent && player.playing ? 'Pause' : 'Play'}
          </button>
          <FavouriteButton
            trackId={track.id}
            title={track.title}
            isFavourite={track.isFavourite}
            count={track.favouriteCount}
          />
          <AddToPlaylistButton trackId={track.id} title={track.title} />
          {canEdit && !editing && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          {canEdit && <DeleteTrackButton id={track.id} title={track.title} />}
        </div>
        {editing && <EditTrackForm track={track} onDone={() => setEditing(false)} />}
      </div>
    </article>
  );
}
