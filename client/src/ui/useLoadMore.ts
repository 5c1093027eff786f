import { useCallback, useState } from 'react';

/**
 * The `after` cursor of a paged list. With graphcache's relayPagination, a query with a later `after`
 * returns every page loaded so far, so the list only ever needs this one variable.
 */
export function useLoadMore(): {
  after: string | null;
  loadMore: (cursor: string | null | undefined) => void;
  reset: () => void;
} {
  const [after, setAfter] = useState<string | null>(null);
  const loadMore = useCallback((cursor: string | null | undefined) => {
    if (cursor) setAfter(cursor);
  }, []);
  const reset = useCallback(() => setAfter(null), []);
  return { after, loadMore, reset };
}
