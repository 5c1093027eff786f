import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.ts';
import type { ItemKey } from './keys.ts';
import type { RawItem } from './parse.ts';

/** BatchGetItem takes at most 100 keys, BatchWriteItem 25 requests. */
export const BATCH_GET_MAX = 100;
const BATCH_WRITE_MAX = 25;
const MAX_ATTEMPTS = 8;

const backoff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(1000, 25 * 2 ** attempt)));

const keyString = (key: { pk: unknown; sk: unknown }): string => `${String(key.pk)}\u0000${String(key.sk)}`;

/**
 * Reads up to 100 items by primary key in one BatchGetItem, retrying `UnprocessedKeys` with jittered
 * exponential backoff as DynamoDB asks. Returns the items in key order, `null` where none exists.
 */
export const batchGet = async (
  db: Db,
  keys: readonly ItemKey[],
  consistent = false,
): Promise<(RawItem | null)[]> => {
  if (keys.length > BATCH_GET_MAX) throw new RangeError(`batchGet takes at most ${BATCH_GET_MAX} keys`);
  const found = new Map<string, RawItem>();
  let pending: ItemKey[] = dedupe(keys);
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= MAX_ATTEMPTS) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed`);
    if (attempt > 0) await backoff(attempt);
    const out = await db.doc.send(
      new BatchGetCommand({
        RequestItems: {
          [db.tableName]: { Keys: pending.map((k) => ({ pk: k.pk, sk: k.sk })), ConsistentRead: consistent },
        },
      }),
    );
    for (const item of out.Responses?.[db.tableName] ?? [])
      found.set(keyString({ pk: item.pk, sk: item.sk }), item);
    pending = (out.UnprocessedKeys?.[db.tableName]?.Keys ?? []).map((k) => ({
      pk: String(k.pk),
      sk: String(k.sk),
    }));
  }
  return keys.map((k) => found.get(keyString(k)) ?? null);
};

const dedupe = (keys: readonly ItemKey[]): ItemKey[] => {
  const seen = new Map<string, ItemKey>();
  for (const k of keys) seen.set(keyString(k), k);
  return [...seen.values()];
};

type WriteRequest = { PutRequest: { Item: RawItem } } | { DeleteRequest: { Key: ItemKey } };

/**
 * Writes any number of puts/deletes in BatchWriteItem chunks of 25, retrying `UnprocessedItems`.
 * Not atomic: only for items no invariant depends on (search entries, cascading deletes).
 */
export const batchWrite = async (
  db: Db,
  requests: { puts?: readonly RawItem[]; deletes?: readonly ItemKey[] },
): Promise<void> => {
  const all: WriteRequest[] = [
    ...(requests.puts ?? []).map((Item) => ({ PutRequest: { Item } })),
    ...(requests.deletes ?? []).map((k) => ({ DeleteRequest: { Key: { pk: k.pk, sk: k.sk } } })),
  ];
  for (let i = 0; i < all.length; i += BATCH_WRITE_MAX) {
    let chunk: WriteRequest[] = all.slice(i, i + BATCH_WRITE_MAX);
    for (let attempt = 0; chunk.length > 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS)
        throw new Error(`BatchWriteItem left ${chunk.length} requests unprocessed`);
      if (attempt > 0) await backoff(attempt);
      const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.tableName]: chunk } }));
      chunk = (out.UnprocessedItems?.[db.tableName] ?? []).flatMap((r): WriteRequest[] => {
        if (r.PutRequest?.Item) return [{ PutRequest: { Item: r.PutRequest.Item } }];
        const key = r.DeleteRequest?.Key;
        return key ? [{ DeleteRequest: { Key: { pk: String(key.pk), sk: String(key.sk) } } }] : [];
      });
    }
  }
};
