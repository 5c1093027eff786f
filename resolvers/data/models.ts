/**
 * The stored items as the rest of the code sees them, after `parse.ts` narrowed what DynamoDB
 * returned. Key attributes (pk, sk, gsi*) stay inside `data/`; these carry only domain fields.
 */

export interface UserItem {
  readonly id: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly avatarKey: string | null;
  readonly createdAt: string;
}

export interface TrackItem {
  readonly id: string;
  readonly title: string;
  readonly artist: string;
  readonly album: string | null;
  readonly genre: string | null;
  readonly durationSeconds: number;
  /** S3 key of the committed audio file. */
  readonly audioKey: string;
  readonly audioContentType: string;
  readonly coverKey: string | null;
  readonly uploaderId: string;
  readonly playCount: number;
  readonly favouriteCount: number;
  readonly createdAt: string;
}

/** A playlist's header item. */
export interface PlaylistItemModel {
  readonly id: string;
  readonly ownerId: string;
  readonly name: string;
  readonly description: string | null;
  readonly isPublic: boolean;
  readonly trackCount: number;
  readonly durationSeconds: number;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One entry of a playlist. `position` is a fractional-index key that orders entries. */
export interface PlaylistEntryItem {
  readonly id: string;
  readonly playlistId: string;
  readonly trackId: string;
  readonly position: string;
  readonly durationSeconds: number;
  readonly addedAt: string;
}

export interface FavouriteItem {
  readonly userId: string;
  readonly trackId: string;
  readonly favouritedAt: string;
}

export interface PlayItem {
  readonly id: string;
  readonly userId: string;
  readonly trackId: string;
  readonly playedAt: string;
  readonly msPlayed: number;
}

/** What `createTrackUpload` returns before it is serialized. */
export interface TrackUploadModel {
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly key: string;
  readonly expiresAt: string;
}

/** A page read from DynamoDB: the items and, when more follow, the key to continue from. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextKey: Readonly<Record<string, string>> | null;
}
