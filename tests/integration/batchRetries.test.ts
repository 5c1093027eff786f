import type { BatchGetItemCommandOutput, BatchWriteItemCommandOutput } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureTable, localDynamoDbClient } from '../../infra/local/dynamodbLocal.ts';
import { batchGet, batchWrite } from '../../resolvers/data/batch.ts';
import { createDb, type Db } from '../../resolvers/data/client.ts';

/**
 * DynamoDB may answer a batch with `UnprocessedKeys`/`UnprocessedItems` (throttling, 16 MB limit);
 * DynamoDB Local never does, so SDK middleware on a real client holds back part of the first answer.
 */
let tableName: string;
const endpoint = () => inject('dynamoDbEndpoint');
beforeAll(async () => {
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' });
  tableName = `t${crypto.randomUUID().replaceAll('-', '')}`;
  await ensureTable(localDynamoDbClient(endpoint()), tableName);
});

const flakyDb = (calls: string[]): Db =>
  createDb({
    tableName,
    region: 'us-east-1',
    endpoint: endpoint(),
    configure: (client) =>
      client.middlewareStack.add(
        (next, context) => async (args) => {
          const result = await next(args);
          calls.push(String(context.commandName));
          if (calls.filter((c) => c === context.commandName).length > 1) return result;
          if (context.commandName === 'BatchGetItemCommand') {
            const out = result.output as BatchGetItemCommandOutput;
            const items = out.Responses?.[tableName] ?? [];
            const held = items.splice(0, Math.ceil(items.length / 2));
            out.UnprocessedKeys = {
              [tableName]: { Keys: held.map((i) => ({ pk: i.pk ?? { S: '' }, sk: i.sk ?? { S: '' } })) },
            };
          }
          return result;
        },
        { step: 'serialize', name: 'holdBackHalf', priority: 'high' },
      ),
  });

describe('batch retries', () => {
  it('retries UnprocessedKeys until every item of a BatchGetItem is read', async () => {
    const writer = createDb({ tableName, region: 'us-east-1', endpoint: endpoint() });
    const keys = Array.from({ length: 10 }, (_, i) => ({ pk: `K#${i}`, sk: 'X' }));
    await batchWrite(writer, { puts: keys.map((k, i) => ({ ...k, n: i })) });
    const calls: string[] = [];
    const items = await batchGet(flakyDb(calls), [...keys, { pk: 'K#missing', sk: 'X' }]);
    expect(items.map((i) => i?.n ?? null)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, null]);
    expect(calls).toEqual(['BatchGetItemCommand', 'BatchGetItemCommand']);
  });

  it('retries UnprocessedItems until every write of a BatchWriteItem lands', async () => {
    const calls: string[] = [];
    let first = true;
    const db = createDb({
      tableName,
      region: 'us-east-1',
      endpoint: endpoint(),
      configure: (client) =>
        client.middlewareStack.add(
          (next, context) => async (args) => {
            calls.push(String(context.commandName));
            const input = (args as { input: { RequestItems: Record<string, unknown[]> } }).input;
            if (context.commandName !== 'BatchWriteItemCommand' || !first) return next(args);
            first = false;
            // Send only the first request; report the rest as unprocessed, as DynamoDB does when throttled.
            const all = input.RequestItems[tableName] ?? [];
            const result = await next({
              ...args,
              input: { ...input, RequestItems: { [tableName]: all.slice(0, 1) } },
            });
            (result.output as BatchWriteItemCommandOutput).UnprocessedItems = {
              [tableName]: all.slice(1) as NonNullable<
                BatchWriteItemCommandOutput['UnprocessedItems']
              >[string],
            };
            return result;
          },
          { step: 'serialize', name: 'dropAllButOne', priority: 'high' },
        ),
    });
    const keys = Array.from({ length: 5 }, (_, i) => ({ pk: `W#${i}`, sk: 'X' }));
    await batchWrite(db, { puts: keys.map((k) => ({ ...k, v: 1 })) });
    expect(calls.filter((c) => c === 'BatchWriteItemCommand')).toHaveLength(2);
    const reader = createDb({ tableName, region: 'us-east-1', endpoint: endpoint() });
    expect((await batchGet(reader, keys)).every((i) => i?.v === 1)).toBe(true);
  });
});
