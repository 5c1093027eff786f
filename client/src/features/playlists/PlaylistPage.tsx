import { useCallback } from 'react';
import { useQuery } from 'urql';
import { useSession } from '../../auth/useSession.ts';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { formatCount } from '../../ui/formatCount.ts';
import { formatTotalDuration } from '../../ui/formatDuration.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { useLoadMore } from '../../ui/useLoadMore.ts';
import { usePlayer } from '../player/usePlayer.ts';
import { toQueueTrack } from '../player/toQueueTrack.ts';
import { PlaylistItems } from './PlaylistItems.tsx';
import { PlaylistSettings } from './PlaylistSettings.tsx';
import { PLAYLIST_PAGE_SIZE } from './playlistPageSize.ts';
import { usePlaylistEditor } from './usePlaylistEditor.ts';
import { Icon } from '../../ui/Icon.tsx';

/** A page of a playlist's items, as the first page and every further page read it. */
export const PlaylistItemPageFields = graphql(`
  fragment PlaylistItemPage on PlaylistItemConnection {
    edges {
      cursor
      node {
        id
        addedAt
        track {
          ...TrackRow
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

/** A playlist with its first page of items; every playlist mutation returns this, so the page updates from it. */
export const PlaylistDetailFields = graphql(`
  fragment PlaylistDetail on Playlist {
    id
    name
    description
    isPublic
    trackCount
    durationSeconds
    version
    updatedAt
    owner {
      id
      displayName
    }
    tracks(first: $first) {
      ...PlaylistItemPage
    }
  }
`);

const PlaylistQuery = graphql(`
  query Playlist($id: ID!, $first: Int!) {
    playlist(id: $id) {
      ...PlaylistDetail
    }
  }
`);

const PlaylistMoreItems = graphql(`
  query PlaylistMoreItems($id: ID!, $first: Int!, $after: String) {
    playlist(id: $id) {
      id
      tracks(first: $first, after: $after) {
        ...PlaylistItemPage
      }
    }
  }
`);

/** One playlist: header with totals, play all, owner settings, and the (reorderable) items. */
export function PlaylistPage({ id }: { id: string }) {
  const session = useSession();
  const player = usePlayer();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PlaylistQuery,
    variables: { id, first: PLAYLIST_PAGE_SIZE },
  });
  const { after, loadMore, reset } = useLoadMore();
  const [more] = useQuery({
    query: PlaylistMoreItems,
    variables: { id, first: PLAYLIST_PAGE_SIZE, after },
    pause: !after,
  });
  const playlist = data?.playlist;
  const reload = useCallback(() => {
    reset();
    refetch({ requestPolicy: 'network-only' });
  }, [refetch, reset]);
  const editor = usePlaylistEditor({ id, version: playlist?.version ?? 0 }, reload);

  if (!playlist) {
    if (error) return <ErrorNotice message={describeError(error)} onRetry={reload} />;
    if (fetching || !data) return <Spinner />;
    return <EmptyState title="Playlist not found">It was deleted, or it is private.</EmptyState>;
  }
  const entries = playlist.tracks.edges.map(({ node }) => ({ id: node.id, track: node.track }));
  const isOwner = playlist.owner.id === session.userId;
  return (
    <section className="page">
      <PageHeading title={playlist.name}>{playlist.name}</PageHeading>
      {playlist.description && <p className="muted">{playlist.description}</p>}
      <p className="page__meta">
        {isOwner ? 'Your playlist' : `By ${playlist.owner.displayName}`} ·{' '}
        {playlist.isPublic ? 'Public' : 'Private'} ·{' '}
        <span data-testid="playlist-count">{formatCount(playlist.trackCount, 'track')}</span> ·{' '}
        <span data-testid="playlist-duration">{formatTotalDuration(playlist.durationSeconds)}</span>
      </p>
      <div className="toolbar">
        <button
          type="button"
          className="button button--primary"
          disabled={entries.length === 0}
          onClick={() =>
            player.playTracks(
              entries.map((e) => toQueueTrack(e.track)),
              0,
            )
          }
        >
          <Icon name="play" /> Play all
        </button>
      </div>
      {isOwner && <PlaylistSettings key={playlist.name} playlist={playlist} editor={editor} />}
      <div aria-live="polite">
        {editor.message && <p className="notice notice--error">{editor.message}</p>}
      </div>
      {entries.length === 0 ? (
        <EmptyState title="This playlist is empty">
          <p>Add tracks with the + button next to any track.</p>
        </EmptyState>
      ) : (
        <PlaylistItems entries={entries} editor={editor} editable={isOwner} />
      )}
      {more.error && <ErrorNotice message={describeError(more.error)} />}
      {playlist.tracks.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={more.fetching}
          onClick={() => loadMore(playlist.tracks.pageInfo.endCursor)}
        >
          {more.fetching ? 'Loading…' : 'Show more tracks'}
        </button>
      )}
    </section>
  );
}
