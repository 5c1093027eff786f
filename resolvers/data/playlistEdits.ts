import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { batchGet } from './batch.ts';
import type { Db } from './client.ts';
import {
  ContentionError,
  InvalidRequestError,
  ItemNotFoundError,
  notOwnedPlaylist,
  VersionConflictError,
} from './errors.ts';
import { indexKeys, listKeys, playlistEntryKey, playlistKey, trackKey } from './keys.ts';
import type { PlaylistEntryItem, PlaylistItemModel } from './models.ts';
import { parsePlaylistEntry } from './parse.ts';
import {
  checkMove,
  entriesNeededForMove,
  isNoOpMove,
  type MoveRange,
  movedPositions,
  positionsBetween,
} from './playlistOrder.ts';
import type { PlaylistRepository } from './playlistRepository.ts';
import { collect, queryOnce } from './query.ts';
import { TransactionCancelledError, transact, withRetries } from './transactions.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A playlist never grows past this many entries. */
export const MAX_PLAYLIST_ENTRIES = 10_000;

/** What one edit writes besides the header: its items and how it moves the header's totals. */
interface EditPlan {
  readonly items: TransactItem[];
  readonly countDelta: number;
  readonly durationDelta: number;
  /** The error for a failed condition on `items[index]` that is not a lost race (e.g. a deleted track). */
  readonly conditionError?: (index: number) => Error | null;
}

/** Thrown inside an attempt when the header changed under it; retried unless the caller pinned a version. */
class LostRace extends Error {}

export interface EditOptions {
  readonly playlistId: string;
  readonly callerId: string;
  readonly expectedVersion: number | undefined;
  readonly now: () => string;
}

/**
 * Playlist edits under optimistic concurrency. Each attempt reads the header (strongly consistent),
 * plans its writes from what it read, and commits them in one transaction together with a header
 * update conditioned on the version it read, so every edit bumps `version` by exactly one and no
 * concurrent edit is lost. Without `expectedVersion` a lost race is retried from a fresh read; with
 * it, the edit fails with a conflict and changes nothing.
 */
export const playlistEdits = (db: Db, playlists: PlaylistRepository) => {
  const run = (options: EditOptions, plan: (header: PlaylistItemModel) => Promise<EditPlan | null>) =>
    withRetries(
      async (): Promise<PlaylistItemModel> => {
        const header = await playlists.get(options.playlistId, true);
        if (!header) throw new ItemNotFoundError('Playlist', options.playlistId);
        if (header.ownerId !== options.callerId) throw notOwnedPlaylist(header);
        if (options.expectedVersion !== undefined && header.version !== options.expectedVersion) {
          throw new VersionConflictError(
            `playlist ${header.id} is at version ${header.version}, not ${options.expectedVersion}`,
            header.version,
          );
        }
        const edit = await plan(header);
        if (!edit) return header;
        const next: PlaylistItemModel = {
          ...header,
          version: header.version + 1,
          trackCount: header.trackCount + edit.countDelta,
          durationSeconds: Math.max(0, header.durationSeconds + edit.durationDelta),
          updatedAt: options.now(),
        };
        const keys = indexKeys.playlist(next);
        try {
          await transact(db, [
            {
              Update: {
                TableName: db.tableName,
                Key: playlistKey(header.id),
                UpdateExpression:
                  'SET version = :next, trackCount = :count, durationSeconds = :duration, updatedAt = :now, gsi1sk = :g1' +
                  ('gsi2sk' in keys ? ', gsi2sk = :g2' : ''),
                ConditionExpression: 'version = :read',
                ExpressionAttributeValues: {
                  ':next': next.version,
                  ':count': next.trackCount,
                  ':duration': next.durationSeconds,
                  ':now': next.updatedAt,
                  ':g1': keys.gsi1sk,
                  ':read': header.version,
                  ...('gsi2sk' in keys ? { ':g2': keys.gsi2sk } : {}),
                },
              },
            },
            ...edit.items,
          ]);
        } catch (err) {
          if (err instanceof TransactionCancelledError) {
            // items[0] is the header; a failed condition on a planned item is the plan's own error.
            const failed = err.codes.findIndex((c, i) => i > 0 && c === 'ConditionalCheckFailed');
            const own = failed > 0 ? edit.conditionError?.(failed - 1) : null;
            if (own) throw own;
          }
          if (err instanceof TransactionCancelledError)
            throw new LostRace('playlist changed concurrently', { cause: err });
          throw err;
        }
        return next;
      },
      (err) => err instanceof LostRace && options.expectedVersion === undefined,
      (last) => new ContentionError(`playlist ${options.playlistId} is too busy; try again`, { cause: last }),
    ).catch((err: unknown) => {
      if (err instanceof LostRace) {
        throw new VersionConflictError(`playlist ${options.playlistId} changed; reload it`, null, {
          cause: err,
        });
      }
      throw err;
    });

  /** The entries at `index - 1` and `index`, read (consistently) from the nearer end of the list. */
  const neighbours = async (header: PlaylistItemModel, index: number) => {
    const fromEnd = index > header.trackCount / 2;
    const need = fromEnd ? header.trackCount - index + 1 : index + 1;
    const got = await collect(
      db,
      {
        index: 'LSI1',
        partition: listKeys.playlistPartition(header.id),
        sortBeginsWith: listKeys.entryPositionPrefix,
        forward: !fromEnd,
        limit: Math.min(need, 1000),
        consistent: true,
      },
      need,
      undefined,
      1000,
    );
    const positions = got.entries.map((e) => parsePlaylistEntry(e.item).position);
    if (fromEnd) positions.reverse();
    const offset = fromEnd ? header.trackCount - positions.length : 0;
    return {
      before: index > 0 ? (positions[index - 1 - offset] ?? null) : null,
      after: positions[index - offset] ?? null,
    };
  };

  return {
    /** Inserts entries for the tracks before `position` (default: the end). Duplicates are allowed. */
    add(
      options: EditOptions,
      tracks: readonly { id: string; durationSeconds: number }[],
      position: number | undefined,
    ) {
      return run(options, async (header) => {
        if (header.trackCount + tracks.length > MAX_PLAYLIST_ENTRIES) {
          throw new InvalidRequestError(`a playlist holds at most ${MAX_PLAYLIST_ENTRIES} tracks`);
        }
        const at = position ?? header.trackCount;
        if (at < 0 || at > header.trackCount) {
          throw new InvalidRequestError(`position must be between 0 and ${header.trackCount}`);
        }
        const { before, after } =
          at === header.trackCount
            ? { before: await lastPosition(header.id), after: null }
            : await neighbours(header, at);
        const positions = positionsBetween(before, after, tracks.length);
        const addedAt = options.now();
        const distinct = [...new Set(tracks.map((t) => t.id))];
        return {
          countDelta: tracks.length,
          durationDelta: tracks.reduce((sum, t) => sum + t.durationSeconds, 0),
          // The tracks must still exist when the entries land: a deleteTrack that ran after our read
          // has already swept GSI5, so an entry written now would outlive its track.
          conditionError: (index) =>
            index >= tracks.length
              ? new ItemNotFoundError('Track', distinct[index - tracks.length] ?? '')
              : null,
          items: [
            ...tracks.map((t, i): TransactItem => {
              const entry: PlaylistEntryItem = {
                id: crypto.randomUUID(),
                playlistId: header.id,
                trackId: t.id,
                position: positions[i] ?? '',
                durationSeconds: t.durationSeconds,
                addedAt,
              };
              return {
                Put: {
                  TableName: db.tableName,
                  Item: {
                    ...playlistEntryKey(header.id, entry.id),
                    type: 'PlaylistEntry',
                    ...entry,
                    ...indexKeys.playlistEntry(entry),
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              };
            }),
            ...distinct.map(
              (id): TransactItem => ({
                ConditionCheck: {
                  TableName: db.tableName,
                  Key: trackKey(id),
                  ConditionExpression: 'attribute_exists(pk)',
                },
              }),
            ),
          ],
        };
      });
    },

    /** Removes entries by entry id; an id that is not in the playlist is refused and nothing changes. */
    remove(options: EditOptions, entryIds: readonly string[]) {
      return run(options, async (header) => {
        const unique = [...new Set(entryIds)];
        const found = await batchGet(
          db,
          unique.map((id) => playlistEntryKey(header.id, id)),
          true,
        );
        const entries = found.map((item, i) => {
          if (!item) throw new ItemNotFoundError('PlaylistItem', unique[i] ?? '');
          return parsePlaylistEntry(item);
        });
        return {
          countDelta: -entries.length,
          durationDelta: -entries.reduce((sum, e) => sum + e.durationSeconds, 0),
          items: entries.map((e) => ({
            Delete: {
              TableName: db.tableName,
              Key: playlistEntryKey(header.id, e.id),
              ConditionExpression: 'attribute_exists(pk)',
            },
          })),
        };
      });
    },

    /** Moves a range of entries (Spotify semantics), rewriting only the moved entries' positions. */
    move(options: EditOptions, move: MoveRange) {
      return run(options, async (header) => {
        const problem = checkMove(move, header.trackCount);
        if (problem) throw new InvalidRequestError(problem);
        if (isNoOpMove(move)) return null;
        const need = entriesNeededForMove(move);
        const got = await collect(
          db,
          {
            index: 'LSI1',
            partition: listKeys.playlistPartition(header.id),
            sortBeginsWith: listKeys.entryPositionPrefix,
            forward: true,
            limit: Math.min(need + 1, 1000),
            consistent: true,
          },
          need,
          undefined,
          1000,
        );
        const entries = got.entries.map((e) => parsePlaylistEntry(e.item));
        const positions = movedPositions(
          entries.map((e) => e.position),
          move,
        );
        const moved = entries.slice(move.rangeStart, move.rangeStart + move.rangeLength);
        return {
          countDelta: 0,
          durationDelta: 0,
          items: moved.map((e, i) => {
            const position = positions[i] ?? '';
            return {
              Update: {
                TableName: db.tableName,
                Key: playlistEntryKey(header.id, e.id),
                UpdateExpression: 'SET #pos = :pos, lsi1sk = :lsi',
                ConditionExpression: 'attribute_exists(pk)',
                ExpressionAttributeNames: { '#pos': 'position' },
                ExpressionAttributeValues: {
                  ':pos': position,
                  ':lsi': indexKeys.playlistEntry({ ...e, position }).lsi1sk,
                },
              },
            };
          }),
        };
      });
    },
  };

  async function lastPosition(playlistId: string): Promise<string | null> {
    const { items } = await queryOnce(db, {
      index: 'LSI1',
      partition: listKeys.playlistPartition(playlistId),
      sortBeginsWith: listKeys.entryPositionPrefix,
      forward: false,
      limit: 1,
      consistent: true,
    });
    const [last] = items;
    return last ? parsePlaylistEntry(last).position : null;
  }
};

export type PlaylistEdits = ReturnType<typeof playlistEdits>;
