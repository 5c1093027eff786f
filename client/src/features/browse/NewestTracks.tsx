import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { useInfiniteScroll } from '../../ui/useInfiniteScroll.ts';
import { useLoadMore } from '../../ui/useLoadMore.ts';
import { TrackList } from '../track/TrackList.tsx';

const BrowseTracks = graphql(`
  query BrowseTracks($first: Int!, $after: String, $filter: TrackFilter) {
    tracks(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...TrackRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE_SIZE = 30;

/** The newest tracks (optionally of one genre), loading the next page as the listener scrolls. */
export function NewestTracks({
  genre,
  onGenres,
}: {
  genre: string | null;
  onGenres?: (genres: string[]) => void;
}) {
  const { after, loadMore, reset } = useLoadMore();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: BrowseTracks,
    variables: { first: PAGE_SIZE, after, filter: genre ? { genre } : null },
  });
  const connection = data?.tracks;
  const tracks = connection?.edges.map((e) => e.node) ?? [];
  const more = connection?.pageInfo.hasNextPage && !fetching && !error;
  const sentinel = useInfiniteScroll(Boolean(more), () => loadMore(connection?.pageInfo.endCursor));
  const genres = tracks.map((t) => t.genre ?? '').join('\n');
  useEffect(() => {
    if (genres) onGenres?.(genres.split('\n'));
  }, [genres, onGenres]);

  return (
    <>
      {error && (
        <ErrorNotice
          message={describeError(error)}
          onRetry={() => {
            reset();
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {connection && tracks.length === 0 && (
        <EmptyState title={genre ? `No ${genre} tracks yet` : 'No tracks yet'}>
          <p>Be the first: upload one.</p>
        </EmptyState>
      )}
      {tracks.length > 0 && (
        <TrackList tracks={tracks} label={genre ? `Newest ${genre} tracks` : 'Newest tracks'} />
      )}
      {fetching && <Spinner label="Loading tracks…" />}
      <div ref={sentinel} />
      {more && (
        <button type="button" className="button" onClick={() => loadMore(connection?.pageInfo.endCursor)}>
          Show more tracks
        </button>
      )}
    </>
  );
}
