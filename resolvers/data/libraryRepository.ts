import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { batchWrite } from './batch.ts';
import type { Db } from './client.ts';
import { ItemNotFoundError } from './errors.ts';
import { favouriteKey, indexKeys, listKeys, playKey, trackKey } from './keys.ts';
import type { FavouriteItem, PlayItem } from './models.ts';
import { parsePlay } from './parse.ts';
import { type Collected, collect, forEachPage, primaryKeys } from './query.ts';
import { TransactionCancelledError, transact } from './transactions.ts';

/**
 * Favourites and listening history. Each change and the track counter it moves are written in one
 * transaction, so `favouriteCount` and `playCount` stay exact under any concurrency.
 */
export const libraryRepository = (db: Db, historyTtlDays: number) => ({
  /** Adds the favourite and bumps the count; a second call changes nothing. */
  async favourite(fav: FavouriteItem): Promise<void> {
    try {
      await transact(db, [
        {
          Put: {
            TableName: db.tableName,
            Item: {
              ...favouriteKey(fav.userId, fav.trackId),
              type: 'Favourite',
              ...fav,
              ...indexKeys.favourite(fav),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: db.tableName,
            Key: trackKey(fav.trackId),
            UpdateExpression: 'ADD favouriteCount :one',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      ]);
    } catch (err) {
      if (!(err instanceof TransactionCancelledError)) throw err;
      if (err.conditionFailed(1)) throw new ItemNotFoundError('Track', fav.trackId, { cause: err });
      if (err.conditionFailed(0)) return; // already a favourite: idempotent
      throw err;
    }
  },

  /** Removes the favourite and lowers the count; a second call changes nothing. */
  async unfavourite(userId: string, trackId: string): Promise<void> {
    try {
      await transact(db, [
        {
          Delete: {
            TableName: db.tableName,
            Key: favouriteKey(userId, trackId),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        {
          Update: {
            TableName: db.tableName,
            Key: trackKey(trackId),
            UpdateExpression: 'ADD favouriteCount :minusOne',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':minusOne': -1 },
          },
        },
      ]);
    } catch (err) {
      if (!(err instanceof TransactionCancelledError)) throw err;
      if (err.conditionFailed(1)) throw new ItemNotFoundError('Track', trackId, { cause: err });
      if (err.conditionFailed(0)) return; // not a favourite: idempotent
      throw err;
    }
  },

  favourites(
    userId: string,
    first: number,
    startKey: Record<string, string> | undefined,
  ): Promise<Collected> {
    return collect(
      db,
      { index: 'GSI1', partition: listKeys.favourites(userId), forward: false, limit: first + 1, startKey },
      first,
    );
  },

  /**
   * Records a play and bumps the track's play count once per play id: replaying the same id
   * returns the entry stored the first time and counts nothing.
   */
  async recordPlay(play: PlayItem): Promise<PlayItem> {
    const expiresAt = Math.floor(Date.parse(play.playedAt) / 1000) + historyTtlDays * 86_400;
    try {
      await transact(db, [
        {
          Put: {
            TableName: db.tableName,
            Item: {
              ...playKey(play.userId, play.id),
              type: 'Play',
              ...play,
              ...indexKeys.play(play),
              expiresAt,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: db.tableName,
            Key: trackKey(play.trackId),
            UpdateExpression: 'ADD playCount :one',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      ]);
      return play;
    } catch (err) {
      if (!(err instanceof TransactionCancelledError)) throw err;
      if (err.conditionFailed(0)) {
        const out = await db.doc.send(
          new GetCommand({
            TableName: db.tableName,
            Key: playKey(play.userId, play.id),
            ConsistentRead: true,
          }),
        );
        if (out.Item) return parsePlay(out.Item);
      }
      if (err.conditionFailed(1)) throw new ItemNotFoundError('Track', play.trackId, { cause: err });
      throw err;
    }
  },

  history(userId: string, first: number, startKey: Record<string, string> | undefined): Promise<Collected> {
    return collect(
      db,
      { index: 'GSI1', partition: listKeys.plays(userId), forward: false, limit: first + 1, startKey },
      first,
    );
  },

  /** Deletes every play of the user, a page at a time. Returns how many were deleted. */
  async clearHistory(userId: string): Promise<number> {
    let deleted = 0;
    await forEachPage(db, { index: 'GSI1', partition: listKeys.plays(userId) }, async (items) => {
      await batchWrite(db, { deletes: primaryKeys(items) });
      deleted += items.length;
    });
    return deleted;
  },
});

export type LibraryRepository = ReturnType<typeof libraryRepository>;
