import type { ResolverConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';

const byId = (typename: string) => (_parent: unknown, args: { id?: unknown }) =>
  typeof args.id === 'string' ? { __typename: typename, id: args.id } : null;

/**
 * Local resolvers: every Relay connection merges its pages (infinite scroll), and `track(id)` /
 * `playlist(id)` read the entity already in the cache, so a track page opened from a list paints at once.
 */
export const cacheResolvers: ResolverConfig = {
  Query: {
    tracks: relayPagination(),
    searchTracks: relayPagination(),
    myPlaylists: relayPagination(),
    myFavourites: relayPagination(),
    myHistory: relayPagination(),
    track: byId('Track'),
    playlist: byId('Playlist'),
  },
  Playlist: { tracks: relayPagination() },
  User: { tracks: relayPagination(), playlists: relayPagination() },
};
