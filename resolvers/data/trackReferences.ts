import { batchGet, batchWrite } from './batch.ts';
import type { Db } from './client.ts';
import { ContentionError } from './errors.ts';
import { listKeys, playlistEntryKey, playlistKey } from './keys.ts';
import { parsePlaylistEntry, type RawItem } from './parse.ts';
import { forEachPage, primaryKeys } from './query.ts';
import { TransactionCancelledError, transact, withRetries } from './transactions.ts';

/**
 * After a track is deleted: removes every favourite, play and playlist entry that points at it
 * (found through GSI5). Each playlist loses its entries in one transaction that also lowers its
 * count and duration and bumps its version, so playlists stay consistent.
 */
export const purgeTrackReferences = async (db: Db, trackId: string, now: string): Promise<void> => {
  const refs: RawItem[] = [];
  await forEachPage(db, { index: 'GSI5', partition: listKeys.references(trackId) }, (items) => {
    refs.push(...items);
  });

  const byPlaylist = new Map<string, string[]>();
  const plain: RawItem[] = [];
  for (const ref of refs) {
    if (ref.type === 'PlaylistEntry') {
      const entry = parsePlaylistEntry(ref);
      byPlaylist.set(entry.playlistId, [...(byPlaylist.get(entry.playlistId) ?? []), entry.id]);
    } else {
      plain.push(ref);
    }
  }
  await batchWrite(db, { deletes: primaryKeys(plain) });
  for (const [playlistId, entryIds] of byPlaylist) {
    // A transaction holds 100 items: the header plus up to 99 entries per round.
    for (let i = 0; i < entryIds.length; i += 99)
      await dropEntries(db, playlistId, entryIds.slice(i, i + 99), now);
  }
};

const dropEntries = (db: Db, playlistId: string, entryIds: readonly string[], now: string) =>
  withRetries(
    async () => {
      // Re-read on every attempt: a concurrent removal may already have taken some entries.
      const found = await batchGet(
        db,
        entryIds.map((id) => playlistEntryKey(playlistId, id)),
        true,
      );
      const entries = found.filter((i): i is RawItem => i !== null).map(parsePlaylistEntry);
      if (entries.length === 0) return;
      const duration = entries.reduce((sum, e) => sum + e.durationSeconds, 0);
      try {
        await transact(db, [
          {
            Update: {
              TableName: db.tableName,
              Key: playlistKey(playlistId),
              UpdateExpression:
                'SET updatedAt = :now, gsi1sk = :g1 ADD version :one, trackCount :count, durationSeconds :duration',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeValues: {
                ':now': now,
                ':g1': `${now}#${playlistId}`,
                ':one': 1,
                ':count': -entries.length,
                ':duration': -duration,
              },
            },
          },
          ...entries.map((e) => ({
            Delete: {
              TableName: db.tableName,
              Key: playlistEntryKey(playlistId, e.id),
              ConditionExpression: 'attribute_exists(pk)',
            },
          })),
        ]);
      } catch (err) {
        // The playlist itself is gone (deleted meanwhile): its entries are orphans, drop them plainly.
        if (!(err instanceof TransactionCancelledError && err.conditionFailed(0))) throw err;
        await batchWrite(db, { deletes: entries.map((e) => playlistEntryKey(playlistId, e.id)) });
      }
    },
    (err) => err instanceof TransactionCancelledError,
    (last) => new ContentionError(`could not update playlist ${playlistId}`, { cause: last }),
  );
