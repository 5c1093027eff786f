import DataLoader from 'dataloader';
import { BATCH_GET_MAX, batchGet } from './batch.ts';
import type { Db } from './client.ts';
import { favouriteKey, type ItemKey, playlistKey, trackKey, userKey } from './keys.ts';
import type { PlaylistItemModel, TrackItem, UserItem } from './models.ts';
import { parsePlaylist, parseTrack, parseUser, type RawItem } from './parse.ts';
import type { PlaylistHead, PlaylistRepository } from './playlistRepository.ts';

/** How many playlist entries the header query reads ahead, so a first page needs no second query. */
export const PLAYLIST_HEAD_ENTRIES = 100;

/**
 * One loader per entity, created per request: every lookup of the same kind in one tick becomes one
 * BatchGetItem (at most 100 keys each, DynamoDB's limit), so a page of N tracks with uploaders and
 * favourite flags costs the same few requests whatever N is.
 */
const byKey = <T>(db: Db, keyOf: (id: string) => ItemKey, parse: (item: RawItem) => T) =>
  new DataLoader<string, T | null>(
    async (ids) => {
      const items = await batchGet(db, ids.map(keyOf));
      return items.map((item) => (item ? parse(item) : null));
    },
    { maxBatchSize: BATCH_GET_MAX },
  );

export const createLoaders = (db: Db, playlists: PlaylistRepository, callerId: string) => ({
  user: byKey<UserItem>(db, userKey, parseUser),
  track: byKey<TrackItem>(db, trackKey, parseTrack),
  playlist: byKey<PlaylistItemModel>(db, playlistKey, parsePlaylist),
  /** Whether the caller has favourited a track, by track id. */
  isFavourite: byKey<boolean>(
    db,
    (trackId) => favouriteKey(callerId, trackId),
    () => true,
  ),
  /** A playlist's header with its first entries, in one Query (see `playlistRepository.head`). */
  playlistHead: new DataLoader<string, PlaylistHead>(
    (ids) => Promise.all(ids.map((id) => playlists.head(id, PLAYLIST_HEAD_ENTRIES))),
    { batch: false },
  ),
});

export type Loaders = ReturnType<typeof createLoaders>;
