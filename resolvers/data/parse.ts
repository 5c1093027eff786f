import type {
  FavouriteItem,
  PlayItem,
  PlaylistEntryItem,
  PlaylistItemModel,
  TrackItem,
  UserItem,
} from './models.ts';

/** A raw DynamoDB item as the Document client returns it. */
export type RawItem = Record<string, unknown>;

/** Thrown when a stored item does not have the shape its key promises: a bug or a corrupt row. */
export class CorruptItemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptItemError';
  }
}

const str = (item: RawItem, name: string): string => {
  const v = item[name];
  if (typeof v !== 'string') throw new CorruptItemError(`attribute ${name} is not a string`);
  return v;
};
const optStr = (item: RawItem, name: string): string | null => {
  const v = item[name];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new CorruptItemError(`attribute ${name} is not a string`);
  return v;
};
const num = (item: RawItem, name: string, fallback?: number): number => {
  const v = item[name];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number') throw new CorruptItemError(`attribute ${name} is not a number`);
  return v;
};
const bool = (item: RawItem, name: string): boolean => item[name] === true;

export const parseUser = (item: RawItem): UserItem => ({
  id: str(item, 'id'),
  displayName: str(item, 'displayName'),
  email: optStr(item, 'email'),
  avatarKey: optStr(item, 'avatarKey'),
  createdAt: str(item, 'createdAt'),
});

export const parseTrack = (item: RawItem): TrackItem => ({
  id: str(item, 'id'),
  title: str(item, 'title'),
  artist: str(item, 'artist'),
  album: optStr(item, 'album'),
  genre: optStr(item, 'genre'),
  durationSeconds: num(item, 'durationSeconds'),
  audioKey: str(item, 'audioKey'),
  audioContentType: str(item, 'audioContentType'),
  coverKey: optStr(item, 'coverKey'),
  uploaderId: str(item, 'uploaderId'),
  playCount: num(item, 'playCount', 0),
  favouriteCount: num(item, 'favouriteCount', 0),
  createdAt: str(item, 'createdAt'),
});

export const parsePlaylist = (item: RawItem): PlaylistItemModel => ({
  id: str(item, 'id'),
  ownerId: str(item, 'ownerId'),
  name: str(item, 'name'),
  description: optStr(item, 'description'),
  isPublic: bool(item, 'isPublic'),
  trackCount: num(item, 'trackCount', 0),
  durationSeconds: num(item, 'durationSeconds', 0),
  version: num(item, 'version'),
  createdAt: str(item, 'createdAt'),
  updatedAt: str(item, 'updatedAt'),
});

export const parsePlaylistEntry = (item: RawItem): PlaylistEntryItem => ({
  id: str(item, 'id'),
  playlistId: str(item, 'playlistId'),
  trackId: str(item, 'trackId'),
  position: str(item, 'position'),
  durationSeconds: num(item, 'durationSeconds', 0),
  addedAt: str(item, 'addedAt'),
});

export const parseFavourite = (item: RawItem): FavouriteItem => ({
  userId: str(item, 'userId'),
  trackId: str(item, 'trackId'),
  favouritedAt: str(item, 'favouritedAt'),
});

export const parsePlay = (item: RawItem): PlayItem => ({
  id: str(item, 'id'),
  userId: str(item, 'userId'),
  trackId: str(item, 'trackId'),
  playedAt: str(item, 'playedAt'),
  msPlayed: num(item, 'msPlayed'),
});

/** The string-valued attributes of an item named in `names` (a key to resume a query from). */
export const pickKey = (item: RawItem, names: readonly string[]): Record<string, string> => {
  const key: Record<string, string> = {};
  for (const name of names) key[name] = str(item, name);
  return key;
};
