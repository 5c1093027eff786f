import type { Cache, UpdatesConfig } from '@urql/exchange-graphcache';
import { invalidateLaterPages, invalidateRootField, removeEdges } from './cacheUtils.ts';

type Args = Record<string, unknown>;

function playlistChanged(parent: Args, fieldName: string, cache: Cache): void {
  const playlist = parent[fieldName];
  const key =
    playlist && typeof playlist === 'object' ? cache.keyOfEntity(playlist as { __typename: string }) : null;
  // The result carries the first page in its new order; later pages hold stale items and cursors.
  if (key) invalidateLaterPages(cache, key, 'tracks');
  // myPlaylists is ordered by updatedAt, which just changed.
  invalidateRootField(cache, 'myPlaylists');
}

const onPlaylistMutation = (parent: Args, _args: Args, cache: Cache, info: { fieldName: string }) =>
  playlistChanged(parent, info.fieldName, cache);

/**
 * Cache changes after mutations whose results alone do not say what else changed. Where the new list
 * order is the server's to decide (newest first, favourites, history), the list is invalidated and
 * refetched when shown; removals are applied in place.
 */
export const cacheUpdates: UpdatesConfig = {
  Mutation: {
    createTrack(_result, _args, cache) {
      invalidateRootField(cache, 'tracks');
      invalidateRootField(cache, 'searchTracks');
    },
    deleteTrack(_result, args, cache) {
      cache.invalidate({ __typename: 'Track', id: String(args.id) });
      for (const field of ['tracks', 'searchTracks', 'myFavourites', 'myHistory', 'myPlaylists']) {
        invalidateRootField(cache, field);
      }
    },
    favouriteTrack(_result, _args, cache) {
      invalidateRootField(cache, 'myFavourites');
    },
    unfavouriteTrack(_result, args, cache) {
      removeEdges(cache, 'myFavourites', `Favourite:${String(args.trackId)}`);
    },
    createPlaylist(_result, _args, cache) {
      invalidateRootField(cache, 'myPlaylists');
    },
    deletePlaylist(_result, args, cache) {
      removeEdges(cache, 'myPlaylists', `Playlist:${String(args.id)}`);
      cache.invalidate({ __typename: 'Playlist', id: String(args.id) });
    },
    updatePlaylist: onPlaylistMutation,
    addTracksToPlaylist: onPlaylistMutation,
    removePlaylistItems: onPlaylistMutation,
    movePlaylistItems: onPlaylistMutation,
    recordPlay(_result, _args, cache) {
      invalidateRootField(cache, 'myHistory');
    },
    clearHistory(_result, _args, cache) {
      invalidateRootField(cache, 'myHistory');
    },
  },
};
