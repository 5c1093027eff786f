import { useQuery } from 'urql';
import { navigate } from '../../app/navigate.ts';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { useLoadMore } from '../../ui/useLoadMore.ts';
import { CreatePlaylistForm } from './CreatePlaylistForm.tsx';
import { PlaylistCard } from './PlaylistCard.tsx';

const MyPlaylists = graphql(`
  query MyPlaylists($first: Int!, $after: String) {
    myPlaylists(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PlaylistSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The caller's playlists, most recently changed first, and a form to create one. */
export function PlaylistsPage() {
  const { after, loadMore } = useLoadMore();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyPlaylists,
    variables: { first: 30, after },
  });
  const connection = data?.myPlaylists;
  return (
    <section className="page">
      <PageHeading title="Playlists">Your playlists</PageHeading>
      <CreatePlaylistForm onCreated={(id) => navigate(`/playlists/${encodeURIComponent(id)}`)} />
      {error && (
        <ErrorNotice
          message={describeError(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {connection && connection.edges.length === 0 && (
        <EmptyState title="No playlists yet">
          <p>Create one above, then add tracks from anywhere with the + button.</p>
        </EmptyState>
      )}
      {connection && connection.edges.length > 0 && (
        <ul className="card-list" aria-label="Your playlists">
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <PlaylistCard playlist={node} />
            </li>
          ))}
        </ul>
      )}
      {fetching && <Spinner />}
      {connection?.pageInfo.hasNextPage && !fetching && (
        <button type="button" className="button" onClick={() => loadMore(connection.pageInfo.endCursor)}>
          Show more playlists
        </button>
      )}
    </section>
  );
}
