import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { useLoadMore } from '../../ui/useLoadMore.ts';
import { dayLabel, groupByDay } from './groupByDay.ts';
import { HistoryDay } from './HistoryDay.tsx';

const MyHistory = graphql(`
  query MyHistory($first: Int!, $after: String) {
    myHistory(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          playedAt
          msPlayed
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

const ClearHistory = graphql(`
  mutation ClearHistory {
    clearHistory
  }
`);

/** Listening history, newest first, grouped by day; paged; can be cleared. */
export function HistoryPage() {
  const { after, loadMore, reset } = useLoadMore();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyHistory,
    variables: { first: 50, after },
    requestPolicy: 'cache-and-network',
  });
  const [clearState, clearHistory] = useMutation(ClearHistory);
  const connection = data?.myHistory;
  const plays = connection?.edges.map((e) => e.node) ?? [];
  const clear = async () => {
    if (!window.confirm('Clear your whole listening history? Play counts are kept.')) return;
    reset();
    await clearHistory({});
  };
  return (
    <section className="page">
      <PageHeading title="History">History</PageHeading>
      {plays.length > 0 && (
        <div className="toolbar">
          <button
            type="button"
            className="button button--danger"
            onClick={clear}
            disabled={clearState.fetching}
          >
            Clear history
          </button>
        </div>
      )}
      {clearState.error && <ErrorNotice message={describeError(clearState.error)} />}
      {error && (
        <ErrorNotice
          message={describeError(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {connection && plays.length === 0 && (
        <EmptyState title="Nothing played yet">
          <p>Tracks you listen to for 30 seconds or more show up here.</p>
        </EmptyState>
      )}
      {groupByDay(plays, (p) => p.playedAt).map((group) => (
        <HistoryDay key={group.day} label={dayLabel(group.day)} plays={group.entries} />
      ))}
      {fetching && <Spinner />}
      {connection?.pageInfo.hasNextPage && !fetching && (
        <button type="button" className="button" onClick={() => loadMore(connection.pageInfo.endCursor)}>
          Show earlier plays
        </button>
      )}
    </section>
  );
}
