import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchWrite } from './batch.ts';
import type { Db } from './client.ts';
import { ItemNotFoundError } from './errors.ts';
import { indexKeys, listKeys, searchKey, trackKey } from './keys.ts';
import type { TrackItem } from './models.ts';
import { parseTrack, type RawItem } from './parse.ts';
import { type Collected, collect, type IndexName, type QueryInput } from './query.ts';
import { setOrRemove } from './updateExpression.ts';
import { fold, lookupPrefix, matchesAll, searchPrefixes, words } from './searchText.ts';

export interface TrackFilterInput {
  readonly genre?: string | undefined;
  readonly artist?: string | undefined;
  readonly uploadedBy?: string | undefined;
}

export type TrackChanges = Partial<Pick<TrackItem, 'title' | 'artist' | 'album' | 'genre' | 'coverKey'>>;

const searchTexts = (t: Pick<TrackItem, 'title' | 'artist' | 'album'>) => [t.title, t.artist, t.album];

/** The stored item of a track: the domain fields, folded filter values and its index keys. */
const toItem = (t: TrackItem): RawItem => ({
  ...trackKey(t.id),
  type: 'Track',
  ...t,
  ...indexKeys.track({ ...t, genre: t.genre ? fold(t.genre) : null, artist: fold(t.artist) }),
});

/** One search entry per word prefix, each pointing at the track and carrying all its words. */
const searchItems = (t: TrackItem): RawItem[] => {
  const all = searchTexts(t).flatMap((text) => (text ? words(text) : []));
  return searchPrefixes(searchTexts(t)).map((prefix) => ({
    ...searchKey(prefix, t.createdAt, t.id),
    type: 'Search',
    trackId: t.id,
    words: all,
  }));
};

const searchEntryKeys = (t: TrackItem) =>
  searchPrefixes(searchTexts(t)).map((p) => searchKey(p, t.createdAt, t.id));

export const trackRepository = (db: Db) => ({
  /** One track, strongly consistent: for answers that must show a write just made. */
  async get(trackId: string): Promise<TrackItem | null> {
    const out = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: trackKey(trackId), ConsistentRead: true }),
    );
    return out.Item ? parseTrack(out.Item) : null;
  },

  async create(track: TrackItem): Promise<TrackItem> {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: toItem(track),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    await batchWrite(db, { puts: searchItems(track) });
    return track;
  },

  /**
   * Applies metadata changes if the track still has the uploader the caller was authorized against,
   * then moves its search entries to the new words.
   */
  async update(before: TrackItem, changes: TrackChanges): Promise<TrackItem> {
    const after: TrackItem = { ...before, ...changes };
    const item = toItem(after);
    const { expression, names, values } = setOrRemove(
      item,
      ['title', 'artist', 'album', 'genre', 'coverKey', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk'],
      [],
      { ':uploader': before.uploaderId },
    );
    try {
      const out = await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: trackKey(before.id),
          UpdateExpression: expression,
          ConditionExpression: 'attribute_exists(pk) AND uploaderId = :uploader',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      if (!out.Attributes) throw new ItemNotFoundError('Track', before.id);
      const updated = parseTrack(out.Attributes);
      const keep = new Set(searchEntryKeys(updated).map((k) => k.pk));
      await batchWrite(db, {
        deletes: searchEntryKeys(before).filter((k) => !keep.has(k.pk)),
        puts: searchItems(updated),
      });
      return updated;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException)
        throw new ItemNotFoundError('Track', before.id, { cause: err });
      throw err;
    }
  },

  /** Deletes the track row (if it still has the expected uploader) and its search entries. */
  async remove(track: TrackItem): Promise<void> {
    try {
      await db.doc.send(
        new DeleteCommand({
          TableName: db.tableName,
          Key: trackKey(track.id),
          ConditionExpression: 'attribute_exists(pk) AND uploaderId = :uploader',
          ExpressionAttributeValues: { ':uploader': track.uploaderId },
        }),
      );
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException)
        throw new ItemNotFoundError('Track', track.id, { cause: err });
      throw err;
    }
    await batchWrite(db, { deletes: searchEntryKeys(track) });
  },

  /** Newest first, narrowed by the filter: the most selective filter picks the index, the rest filter. */
  list(
    filter: TrackFilterInput,
    first: number,
    startKey: Record<string, string> | undefined,
  ): Promise<Collected> {
    const genre = filter.genre ? fold(filter.genre) : undefined;
    const artist = filter.artist ? fold(filter.artist) : undefined;
    let index: IndexName = 'GSI1';
    let partition = listKeys.allTracks;
    if (filter.uploadedBy) [index, partition] = ['GSI2', listKeys.tracksByUploader(filter.uploadedBy)];
    else if (genre) [index, partition] = ['GSI3', listKeys.tracksByGenre(genre)];
    else if (artist) [index, partition] = ['GSI4', listKeys.tracksByArtist(artist)];
    const conditions: string[] = [];
    const values: Record<string, unknown> = {};
    const names: Record<string, string> = {};
    if (genre && index !== 'GSI3') {
      conditions.push('#g = :g');
      names['#g'] = 'gsi3pk';
      values[':g'] = listKeys.tracksByGenre(genre);
    }
    if (artist && index !== 'GSI4') {
      conditions.push('#a = :a');
      names['#a'] = 'gsi4pk';
      values[':a'] = listKeys.tracksByArtist(artist);
    }
    const query: QueryInput = {
      index,
      partition,
      forward: false,
      limit: conditions.length ? 100 : first + 1,
      startKey,
      ...(conditions.length ? { filter: { expression: conditions.join(' AND '), names, values } } : {}),
    };
    return collect(db, query, first);
  },

  /**
   * Word-prefix search: reads the partition of the longest query word's prefix newest first and keeps
   * entries whose words match every query word. Returns search entries; `trackId` names the track.
   */
  search(queryText: string, first: number, startKey: Record<string, string> | undefined): Promise<Collected> {
    const queryWords = words(queryText);
    const prefix = lookupPrefix(queryWords);
    if (prefix === null) return Promise.resolve({ entries: [], hasMore: false, resumeFrom: null });
    const accept = (item: RawItem) => {
      const stored = item.words;
      return (
        Array.isArray(stored) &&
        matchesAll(
          queryWords,
          stored.filter((w): w is string => typeof w === 'string'),
        )
      );
    };
    return collect(
      db,
      { index: 'table', partition: `SEARCH#${prefix}`, forward: false, limit: 100, startKey },
      first,
      accept,
    );
  },
});

export type TrackRepository = ReturnType<typeof trackRepository>;
