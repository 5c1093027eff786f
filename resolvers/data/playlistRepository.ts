import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchWrite } from './batch.ts';
import type { Db } from './client.ts';
import { ItemNotFoundError, notOwnedPlaylist, VersionConflictError } from './errors.ts';
import { indexKeys, listKeys, playlistKey } from './keys.ts';
import { setOrRemove } from './updateExpression.ts';
import type { PlaylistItemModel } from './models.ts';
import { parsePlaylist, type RawItem } from './parse.ts';
import { type Collected, collect, forEachPage, primaryKeys, queryOnce, resumeKey } from './query.ts';

export type PlaylistChanges = Partial<Pick<PlaylistItemModel, 'name' | 'description' | 'isPublic'>>;

/** The header item as stored: domain fields plus the index keys that list it. */
export const playlistHeaderItem = (p: PlaylistItemModel): RawItem => ({
  ...playlistKey(p.id),
  type: 'Playlist',
  ...p,
  ...indexKeys.playlist(p),
});

/** The first entries of a playlist read together with its header (one Query on LSI1). */
export interface PlaylistHead {
  readonly header: PlaylistItemModel | null;
  /** Entry items in order, each with the key to resume after it. */
  readonly entries: Collected['entries'];
  readonly hasMore: boolean;
}

export const playlistRepository = (db: Db) => ({
  async create(p: PlaylistItemModel): Promise<PlaylistItemModel> {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: playlistHeaderItem(p),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return p;
  },

  /** The header and up to `limit` entries in order, in one request: the header sorts first on LSI1. */
  async head(playlistId: string, limit: number): Promise<PlaylistHead> {
    const { items } = await queryOnce(db, {
      index: 'LSI1',
      partition: listKeys.playlistPartition(playlistId),
      forward: true,
      limit: limit + 2,
    });
    const [first, ...rest] = items;
    if (first?.type !== 'Playlist') return { header: null, entries: [], hasMore: false };
    const entries = rest.map((item) => ({ item, key: resumeKey('LSI1', item) }));
    return {
      header: parsePlaylist(first),
      entries: entries.slice(0, limit),
      hasMore: entries.length > limit,
    };
  },

  async get(playlistId: string, consistent = false): Promise<PlaylistItemModel | null> {
    const out = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: playlistKey(playlistId), ConsistentRead: consistent }),
    );
    return out.Item ? parsePlaylist(out.Item) : null;
  },

  /** Entries in playlist order after `startKey`. */
  entries(
    playlistId: string,
    first: number,
    startKey: Record<string, string> | undefined,
  ): Promise<Collected> {
    return collect(
      db,
      {
        index: 'LSI1',
        partition: listKeys.playlistPartition(playlistId),
        sortBeginsWith: listKeys.entryPositionPrefix,
        forward: true,
        limit: first + 1,
        startKey,
      },
      first,
    );
  },

  /** A user's playlists, most recently updated first; only public ones unless `includePrivate`. */
  byOwner(
    ownerId: string,
    includePrivate: boolean,
    first: number,
    startKey: Record<string, string> | undefined,
  ) {
    return collect(
      db,
      includePrivate
        ? {
            index: 'GSI1',
            partition: listKeys.playlistsByOwner(ownerId),
            forward: false,
            limit: first + 1,
            startKey,
          }
        : {
            index: 'GSI2',
            partition: listKeys.publicPlaylistsByOwner(ownerId),
            forward: false,
            limit: first + 1,
            startKey,
          },
      first,
    );
  },

  /**
   * Changes name/description/visibility in one conditional update: owner only, and at
   * `expectedVersion` when given. The failed condition's old item tells which rule was broken.
   */
  async update(
    current: PlaylistItemModel,
    callerId: string,
    changes: PlaylistChanges,
    expectedVersion: number | undefined,
    now: string,
  ): Promise<PlaylistItemModel> {
    const next: PlaylistItemModel = { ...current, ...changes, version: current.version + 1, updatedAt: now };
    const item = playlistHeaderItem(next);
    const { expression, names, values } = setOrRemove(
      item,
      ['name', 'description', 'isPublic', 'updatedAt', 'gsi1sk', 'gsi2pk', 'gsi2sk'],
      ['version = version + :one'],
      { ':caller': callerId, ':one': 1 },
    );
    let condition = 'attribute_exists(pk) AND ownerId = :caller';
    if (expectedVersion !== undefined) {
      condition += ' AND version = :expected';
      values[':expected'] = expectedVersion;
    }
    try {
      const out = await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: playlistKey(current.id),
          UpdateExpression: expression,
          ConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      if (!out.Attributes) throw new ItemNotFoundError('Playlist', current.id);
      return parsePlaylist(out.Attributes);
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
      const old = err.Item ? parsePlaylist(unmarshall(err.Item)) : null;
      if (!old) throw new ItemNotFoundError('Playlist', current.id, { cause: err });
      if (old.ownerId !== callerId) throw notOwnedPlaylist(old, { cause: err });
      throw new VersionConflictError(
        `playlist ${current.id} is at version ${old.version}, not ${expectedVersion}`,
        old.version,
        { cause: err },
      );
    }
  },

  /** Deletes the header (owner only), then every entry. */
  async remove(playlistId: string, callerId: string): Promise<void> {
    try {
      await db.doc.send(
        new DeleteCommand({
          TableName: db.tableName,
          Key: playlistKey(playlistId),
          ConditionExpression: 'attribute_exists(pk) AND ownerId = :caller',
          ExpressionAttributeValues: { ':caller': callerId },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
      if (err.Item) throw notOwnedPlaylist(parsePlaylist(unmarshall(err.Item)), { cause: err });
      throw new ItemNotFoundError('Playlist', playlistId, { cause: err });
    }
    await forEachPage(db, { index: 'table', partition: listKeys.playlistPartition(playlistId) }, (items) =>
      batchWrite(db, { deletes: primaryKeys(items) }),
    );
  },
});

export type PlaylistRepository = ReturnType<typeof playlistRepository>;
