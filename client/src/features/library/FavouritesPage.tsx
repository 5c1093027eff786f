import { useQuery } from 'urql';
import { Link } from '../../app/Link.tsx';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { useInfiniteScroll } from '../../ui/useInfiniteScroll.ts';
import { useLoadMore } from '../../ui/useLoadMore.ts';
import { usePlayer } from '../player/usePlayer.ts';
import { toQueueTrack } from '../player/toQueueTrack.ts';
import { TrackList } from '../track/TrackList.tsx';
import { Icon } from '../../ui/Icon.tsx';

const MyFavourites = graphql(`
  query MyFavourites($first: Int!, $after: String) {
    myFavourites(first: $first, after: $after) {
      edges {
        cursor
        node {
          favouritedAt
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
  }
`);

/** The caller's favourites, newest first; play them all as a queue. */
export function FavouritesPage() {
  const player = usePlayer();
  const { after, loadMore } = useLoadMore();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyFavourites,
    variables: { first: 50, after },
  });
  const connection = data?.myFavourites;
  const tracks = connection?.edges.map((e) => e.node.track) ?? [];
  const more = connection?.pageInfo.hasNextPage && !fetching && !error;
  const sentinel = useInfiniteScroll(Boolean(more), () => loadMore(connection?.pageInfo.endCursor));
  return (
    <section className="page">
      <PageHeading title="Favourites">Favourites</PageHeading>
      {tracks.length > 0 && (
        <div className="toolbar">
          <button
            type="button"
            className="button button--primary"
            onClick={() => player.playTracks(tracks.map(toQueueTrack), 0)}
          >
            <Icon name="play" /> Play all
          </button>
        </div>
      )}
      {error && (
        <ErrorNotice
          message={describeError(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {connection && tracks.length === 0 && (
        <EmptyState title="No favourites yet">
          <p>
            Tap the ♡ next to a track to keep it here. <Link href="/">Browse tracks</Link>
          </p>
        </EmptyState>
      )}
      {tracks.length > 0 && <TrackList tracks={tracks} label="Favourite tracks" />}
      {fetching && <Spinner />}
      <div ref={sentinel} />
      {more && (
        <button type="button" className="button" onClick={() => loadMore(connection?.pageInfo.endCursor)}>
          Show more
        </button>
      )}
    </section>
  );
}
