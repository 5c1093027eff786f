/**
 * Every key of the single table is built here and nowhere else. The patterns and the queries that
 * use them are listed in docs/data-model.md.
 */

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

/** Newest-first listings sort on `<ISO time>#<id>`; ISO-8601 UTC strings sort chronologically. */
const timeId = (time: string, id: string): string => `${time}#${id}`;

export const userKey = (userId: string): ItemKey => ({ pk: `USER#${userId}`, sk: 'PROFILE' });

export const trackKey = (trackId: string): ItemKey => ({ pk: `TRACK#${trackId}`, sk: 'TRACK' });

export const favouriteKey = (userId: string, trackId: string): ItemKey => ({
  pk: `USER#${userId}`,
  sk: `FAV#${trackId}`,
});

export const playKey = (userId: string, playId: string): ItemKey => ({
  pk: `USER#${userId}`,
  sk: `PLAY#${playId}`,
});

export const playlistKey = (playlistId: string): ItemKey => ({
  pk: `PLAYLIST#${playlistId}`,
  sk: 'PLAYLIST',
});

export const playlistEntryKey = (playlistId: string, entryId: string): ItemKey => ({
  pk: `PLAYLIST#${playlistId}`,
  sk: `ENTRY#${entryId}`,
});

export const searchKey = (prefix: string, createdAt: string, trackId: string): ItemKey => ({
  pk: `SEARCH#${prefix}`,
  sk: timeId(createdAt, trackId),
});

/** The index attributes each entity writes; absent attributes keep an item out of that index. */
export const indexKeys = {
  /** GSI1 all tracks, GSI2 by uploader, GSI3 by genre, GSI4 by artist (normalized values). */
  track: (t: {
    id: string;
    createdAt: string;
    uploaderId: string;
    genre: string | null;
    artist: string;
  }) => ({
    gsi1pk: 'TRACKS',
    gsi1sk: timeId(t.createdAt, t.id),
    gsi2pk: `UPLOADER#${t.uploaderId}`,
    gsi2sk: timeId(t.createdAt, t.id),
    ...(t.genre ? { gsi3pk: `GENRE#${t.genre}`, gsi3sk: timeId(t.createdAt, t.id) } : {}),
    gsi4pk: `ARTIST#${t.artist}`,
    gsi4sk: timeId(t.createdAt, t.id),
  }),
  /** GSI1 the owner's playlists by update time; GSI2 only while public. */
  playlist: (p: { id: string; ownerId: string; updatedAt: string; isPublic: boolean }) => ({
    gsi1pk: `PLAYLISTS#${p.ownerId}`,
    gsi1sk: timeId(p.updatedAt, p.id),
    lsi1sk: 'A',
    ...(p.isPublic ? { gsi2pk: `PUBLIC_PLAYLISTS#${p.ownerId}`, gsi2sk: timeId(p.updatedAt, p.id) } : {}),
  }),
  /** LSI1 orders entries after the header ('A' < 'POS#'); GSI5 finds them from the track. */
  playlistEntry: (e: { id: string; playlistId: string; trackId: string; position: string }) => ({
    lsi1sk: `POS#${e.position}`,
    gsi5pk: `REF#${e.trackId}`,
    gsi5sk: `ENTRY#${e.playlistId}#${e.id}`,
  }),
  favourite: (f: { userId: string; trackId: string; favouritedAt: string }) => ({
    gsi1pk: `FAVS#${f.userId}`,
    gsi1sk: timeId(f.favouritedAt, f.trackId),
    gsi5pk: `REF#${f.trackId}`,
    gsi5sk: `FAV#${f.userId}`,
  }),
  play: (p: { id: string; userId: string; trackId: string; playedAt: string }) => ({
    gsi1pk: `PLAYS#${p.userId}`,
    gsi1sk: timeId(p.playedAt, p.id),
    gsi5pk: `REF#${p.trackId}`,
    gsi5sk: `PLAY#${p.userId}#${p.id}`,
  }),
};

/** Partition values of the listing queries. */
export const listKeys = {
  allTracks: 'TRACKS',
  tracksByUploader: (userId: string) => `UPLOADER#${userId}`,
  tracksByGenre: (genre: string) => `GENRE#${genre}`,
  tracksByArtist: (artist: string) => `ARTIST#${artist}`,
  playlistsByOwner: (userId: string) => `PLAYLISTS#${userId}`,
  publicPlaylistsByOwner: (userId: string) => `PUBLIC_PLAYLISTS#${userId}`,
  favourites: (userId: string) => `FAVS#${userId}`,
  plays: (userId: string) => `PLAYS#${userId}`,
  references: (trackId: string) => `REF#${trackId}`,
  playlistPartition: (playlistId: string) => `PLAYLIST#${playlistId}`,
  entryPositionPrefix: 'POS#',
};
