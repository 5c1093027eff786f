import type { Data, KeyingConfig } from '@urql/exchange-graphcache';

const embedded = () => null;

function trackIdOf(data: Data): string | null {
  const track = data.track;
  return track && typeof track === 'object' && 'id' in track && typeof track.id === 'string'
    ? track.id
    : null;
}

/**
 * How graphcache identifies entities. Connections, edges, PageInfo and TrackUpload have no identity of
 * their own and live embedded in their parent; a Favourite is the caller's marker on one track, so the
 * track id is its key (every Favourite selection must therefore include `track { id }`).
 */
export const cacheKeys: KeyingConfig = {
  Favourite: trackIdOf,
  PageInfo: embedded,
  TrackUpload: embedded,
  TrackConnection: embedded,
  TrackEdge: embedded,
  PlaylistConnection: embedded,
  PlaylistEdge: embedded,
  PlaylistItemConnection: embedded,
  PlaylistItemEdge: embedded,
  FavouriteConnection: embedded,
  FavouriteEdge: embedded,
  HistoryConnection: embedded,
  HistoryEdge: embedded,
};
