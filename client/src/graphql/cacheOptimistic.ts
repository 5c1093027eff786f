import type { Cache, OptimisticMutationConfig, Variables } from '@urql/exchange-graphcache';
import { moveRange } from './moveRange.ts';

function favouriteToggle(isFavourite: boolean) {
  return (args: Variables, cache: Cache) => {
    const id = String(args.trackId);
    const key = cache.keyOfEntity({ __typename: 'Track', id });
    const was = cache.resolve(key, 'isFavourite');
    const count = cache.resolve(key, 'favouriteCount');
    const base = typeof count === 'number' ? count : 0;
    // Idempotent like the API: favouriting a favourite changes nothing. The server's exact count replaces this.
    const delta = was === isFavourite ? 0 : isFavourite ? 1 : -1;
    return { __typename: 'Track', id, isFavourite, favouriteCount: Math.max(0, base + delta) };
  };
}

/**
 * Optimistic results: a heart flips at once, and a reordered playlist shows its new order before the
 * server confirms. Graphcache drops the optimistic layer when the mutation fails (e.g. CONFLICT).
 */
export const cacheOptimistic: OptimisticMutationConfig = {
  favouriteTrack: favouriteToggle(true),
  unfavouriteTrack: favouriteToggle(false),
  movePlaylistItems(args, cache) {
    const id = String(args.playlistId);
    const key = cache.keyOfEntity({ __typename: 'Playlist', id });
    const version = cache.resolve(key, 'version');
    return {
      __typename: 'Playlist',
      id,
      ...(typeof version === 'number' ? { version: version + 1 } : {}),
      // A nested resolver: called with the `tracks(first, after)` arguments of the mutation's selection.
      tracks(pageArgs: Variables) {
        const connection = cache.resolve(key, 'tracks', pageArgs);
        const edges = typeof connection === 'string' ? cache.resolve(connection, 'edges') : null;
        if (!Array.isArray(edges) || pageArgs.after) return undefined;
        const itemIds = edges.map((edge) =>
          String(cache.resolve(String(cache.resolve(String(edge), 'node')), 'id')),
        );
        const moved = moveRange(
          itemIds,
          Number(args.rangeStart),
          typeof args.rangeLength === 'number' ? args.rangeLength : 1,
          Number(args.insertBefore),
        );
        return {
          __typename: 'PlaylistItemConnection',
          edges: moved.map((itemId) => ({
            __typename: 'PlaylistItemEdge',
            node: { __typename: 'PlaylistItem', id: itemId },
          })),
        };
      },
    };
  },
};
