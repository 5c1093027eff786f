import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { tableDefinition } from './table.ts';
import type { Db } from './client.ts';
import { pickKey, type RawItem } from './parse.ts';

/** Which index a query runs on, and so which attributes make up a resumable key. */
export type IndexName = 'table' | 'GSI1' | 'GSI2' | 'GSI3' | 'GSI4' | 'GSI5' | 'LSI1';

const keyNamesOf = (index: IndexName): { partition: string; sort: string; all: string[] } => {
  const base = [tableDefinition.partitionKey.name, tableDefinition.sortKey.name];
  if (index === 'table') return { partition: 'pk', sort: 'sk', all: base };
  const gsi = tableDefinition.globalIndexes.find((g) => g.indexName === index);
  if (gsi) {
    return {
      partition: gsi.partitionKey.name,
      sort: gsi.sortKey.name,
      all: [...base, gsi.partitionKey.name, gsi.sortKey.name],
    };
  }
  const lsi = tableDefinition.localIndexes.find((l) => l.indexName === index);
  if (!lsi) throw new Error(`unknown index ${index}`);
  return { partition: 'pk', sort: lsi.sortKey.name, all: [...base, lsi.sortKey.name] };
};

export interface QueryInput {
  readonly index: IndexName;
  readonly partition: string;
  readonly sortBeginsWith?: string;
  /** Newest (highest sort key) first when false. */
  readonly forward: boolean;
  readonly limit: number;
  readonly startKey?: Readonly<Record<string, string>> | undefined;
  readonly consistent?: boolean;
  readonly filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
}

export interface QueryResult {
  readonly items: readonly RawItem[];
  readonly lastKey: Record<string, string> | null;
}

/** One Query request. */
export const queryOnce = async (db: Db, input: QueryInput): Promise<QueryResult> => {
  const names = keyNamesOf(input.index);
  const keyCondition = input.sortBeginsWith ? '#p = :p AND begins_with(#s, :s)' : '#p = :p';
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      ...(input.index === 'table' ? {} : { IndexName: input.index }),
      KeyConditionExpression: keyCondition,
      ...(input.filter ? { FilterExpression: input.filter.expression } : {}),
      ExpressionAttributeNames: {
        '#p': names.partition,
        ...(input.sortBeginsWith ? { '#s': names.sort } : {}),
        ...input.filter?.names,
      },
      ExpressionAttributeValues: {
        ':p': input.partition,
        ...(input.sortBeginsWith ? { ':s': input.sortBeginsWith } : {}),
        ...input.filter?.values,
      },
      ScanIndexForward: input.forward,
      Limit: input.limit,
      ...(input.startKey ? { ExclusiveStartKey: { ...input.startKey } } : {}),
      ...(input.consistent ? { ConsistentRead: true } : {}),
    }),
  );
  const last = out.LastEvaluatedKey;
  return { items: out.Items ?? [], lastKey: last ? pickKey(last, Object.keys(last)) : null };
};

/** The attributes that identify an item's place in `index`: what a cursor must carry to resume after it. */
export const resumeKey = (index: IndexName, item: RawItem): Record<string, string> =>
  pickKey(item, keyNamesOf(index).all);

export interface Collected {
  /** Accepted items with the key to resume after each. */
  readonly entries: readonly { item: RawItem; key: Record<string, string> }[];
  /** True when more items may follow the last accepted one. */
  readonly hasMore: boolean;
  /** Where to resume when the scan budget ran out before `want` items were accepted. */
  readonly resumeFrom: Record<string, string> | null;
}

/**
 * Reads pages of a query until `want` items pass `accept` (plus one to know a next page exists),
 * the partition ends, or `maxPages` requests were made. Unfiltered listings finish in one request.
 */
export const collect = async (
  db: Db,
  input: QueryInput,
  want: number,
  accept: (item: RawItem) => boolean = () => true,
  maxPages = 10,
): Promise<Collected> => {
  const entries: { item: RawItem; key: Record<string, string> }[] = [];
  let startKey = input.startKey;
  for (let page = 0; page < maxPages; page++) {
    const { items, lastKey } = await queryOnce(db, {
      ...input,
      startKey,
      limit: Math.max(input.limit, want + 1),
    });
    for (const item of items) {
      if (!accept(item)) continue;
      if (entries.length === want) return { entries, hasMore: true, resumeFrom: null };
      entries.push({ item, key: resumeKey(input.index, item) });
    }
    if (!lastKey) return { entries, hasMore: false, resumeFrom: null };
    startKey = lastKey;
  }
  return { entries, hasMore: true, resumeFrom: startKey ?? null };
};

/** Reads a whole partition a page at a time, handing each page to `onPage` (deletes, collecting). */
export const forEachPage = async (
  db: Db,
  input: Omit<QueryInput, 'startKey' | 'forward' | 'limit'>,
  onPage: (items: readonly RawItem[]) => Promise<void> | void,
): Promise<void> => {
  let startKey: Record<string, string> | undefined;
  do {
    const page = await queryOnce(db, { ...input, forward: true, limit: 500, startKey });
    await onPage(page.items);
    startKey = page.lastKey ?? undefined;
  } while (startKey);
};

/** The primary keys of raw items (to delete them). */
export const primaryKeys = (items: readonly RawItem[]) =>
  items.map((i) => ({ pk: String(i.pk), sk: String(i.sk) }));
