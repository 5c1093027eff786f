import DataLoader from 'dataloader';
import { BATCH_GET_MAX, batchGet } from './batch.ts';
import type { Db } from './client.ts';
import { favouriteKey, type ItemKey, playlistKey, trackKey, userKey } from './keys.ts';
import type { PlaylistItemModel, TrackItem, UserItem } from './models.ts';
import { parsePlaylist, parseTrack, parseUser, type RawItem } from './parse.ts';
import type { PlaylistHead, PlaylistRepository } from './playlistRepository.ts';

/** The most playlist entries the header query reads ahead (a page's maximum). */
export const PLAYLIST_HEAD_ENTRIES = 100;

/** Loader key of a playlist header read together with its first `entries` entries. */
export const playlistHeadKey = (playlistId: string, entries: number): string =>
  `${playlistId}|${Math.min(Math.max(1, Math.trunc(entries)), PLAYLIST_HEAD_ENTRIES)}`;

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
  /** A playlist's header with its first entries, in one Query; keyed by `playlistHeadKey`. */
  playlistHead: new DataLoader<string, PlaylistHead>(
    (keys) =>
      Promise.all(
        keys.map((key) => {
          const [id = '', entries = '20'] = key.split('|');
          return playlists.head(id, Number(entries));
        }),
      ),
    { batch: false },
  ),
});

export type Loaders = ReturnType<typeof createLoaders>;
