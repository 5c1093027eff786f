/**
 * The one Tunehub table, described once. The CDK stack (`infra/constructs/Data.ts`) and the local
 * bootstrap (`infra/local`) both build their table from this object, so keys, indexes and TTL can
 * never drift between AWS and the laptop. Plain data on purpose: no SDK or CDK import here.
 *
 * The access patterns behind every key are listed in `docs/data-model.md`.
 */

/** A string key attribute (every key in the table is a string). */
export interface KeyAttribute {
  readonly name: string;
}

/** A global secondary index: its own partition and sort key, projecting every attribute. */
export interface GlobalIndex {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
}

/** A local secondary index: the table's partition key with another sort key. */
export interface LocalIndex {
  readonly indexName: string;
  readonly sortKey: KeyAttribute;
}

export interface TableDefinition {
  /** Default table name; the deployed name comes from the environment (`TABLE_NAME`). */
  readonly defaultTableName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly globalIndexes: readonly GlobalIndex[];
  readonly localIndexes: readonly LocalIndex[];
  /** Epoch seconds after which DynamoDB deletes the item (history entries). */
  readonly timeToLiveAttribute: string;
}

const gsi = (n: number): GlobalIndex => ({
  indexName: `GSI${n}`,
  partitionKey: { name: `gsi${n}pk` },
  sortKey: { name: `gsi${n}sk` },
});

export const tableDefinition: TableDefinition = {
  defaultTableName: 'tunehub',
  partitionKey: { name: 'pk' },
  sortKey: { name: 'sk' },
  globalIndexes: [
    // GSI1: lists in time order: all tracks, a user's playlists, favourites and plays.
    gsi(1),
    // GSI2: tracks by uploader; a user's public playlists.
    gsi(2),
    // GSI3: tracks by genre.
    gsi(3),
    // GSI4: tracks by artist.
    gsi(4),
    // GSI5: everything that refers to a track (favourites, playlist items, plays), for deleteTrack.
    gsi(5),
  ],
  // LSI1: playlist items in playlist order, with the playlist's header item sorting first.
  localIndexes: [{ indexName: 'LSI1', sortKey: { name: 'lsi1sk' } }],
  timeToLiveAttribute: 'expiresAt',
};

/** Every attribute used as a key anywhere (each must be declared as a string attribute). */
export const keyAttributeNames = (def: TableDefinition = tableDefinition): string[] => [
  def.partitionKey.name,
  def.sortKey.name,
  ...def.globalIndexes.flatMap((g) => [g.partitionKey.name, g.sortKey.name]),
  ...def.localIndexes.map((l) => l.sortKey.name),
];
