import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { formatCount } from '../../ui/formatCount.ts';
import { Spinner } from '../../ui/Spinner.tsx';
import { useInfiniteScroll } from '../../ui/useInfiniteScroll.ts';
import { useLoadMore } from '../../ui/useLoadMore.ts';
import { TrackList } from '../track/TrackList.tsx';

const SearchTracks = graphql(`
  query SearchTracks($query: String!, $first: Int!, $after: String) {
    searchTracks(query: $query, first: $first, after: $after) {
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

/** Results for one (debounced) search; mount with `key={query}` so paging restarts per query. */
export function SearchResults({ query }: { query: string }) {
  const { after, loadMore } = useLoadMore();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SearchTracks,
    variables: { query, first: 30, after },
  });
  const connection = data?.searchTracks;
  const tracks = connection?.edges.map((e) => e.node) ?? [];
  const more = connection?.pageInfo.hasNextPage && !fetching && !error;
  const sentinel = useInfiniteScroll(Boolean(more), () => loadMore(connection?.pageInfo.endCursor));

  return (
    <section aria-label="Search results">
      <p className="visually-hidden" role="status">
        {fetching
          ? 'Searching…'
          : connection
            ? `${formatCount(tracks.length, 'result')}${more ? ' so far' : ''}`
            : ''}
      </p>
      {error && (
        <ErrorNotice
          message={describeError(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {connection && tracks.length === 0 && (
        <EmptyState title={`No tracks match “${query}”`}>
          <p>Try fewer or shorter words: every word must start a word of the title, artist or album.</p>
        </EmptyState>
      )}
      {tracks.length > 0 && <TrackList tracks={tracks} label={`Results for ${query}`} />}
      {fetching && <Spinner label="Searching…" />}
      <div ref={sentinel} />
      {more && (
        <button type="button" className="button" onClick={() => loadMore(connection?.pageInfo.endCursor)}>
          Show more results
        </button>
      )}
    </section>
  );
}
