import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { freePort, startDynamoDbLocal } from '../infra/local/dynamodbLocal.ts';
import { favouriteKey, listKeys, trackKey, userKey } from '../resolvers/data/keys.ts';
import { startApi } from '../tests/support/apiHarness.ts';
import { countCalls, readOperations, seedReadWorkload } from '../tests/support/workload.ts';
import { median } from './stats.ts';

/**
 * DESIGN §5 API figures, against DynamoDB Local through the real handler:
 * - `ddb.roundTrips.*`: DynamoDB requests per operation (counted by SDK middleware);
 * - `latency.playlistPage50.*`: warm handler latency of a 50-entry playlist page next to the bare
 *   DynamoDB requests that page needs, issued directly with the same client, alternating, same run.
 */
export async function runApiBench(
  iterations = Number(process.env.API_BENCH_ITERATIONS) || 60,
): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tunehub-api-bench-'));
  const ddb = await startDynamoDbLocal({ port: await freePort() });
  const api = await startApi(ddb.endpoint);
  try {
    const { listener, playlistId, services } = await seedReadWorkload(api);
    const ops = readOperations(playlistId);
    const results: Record<string, number> = {};
    for (const [name, op] of Object.entries(ops)) {
      results[`ddb.roundTrips.${name}`] = (await countCalls(api, listener, op)).length;
    }

    const { doc, tableName } = services.db;
    /** The requests a 50-entry page needs, without GraphQL: entries, then tracks, then uploaders + favourites. */
    const bare = async () => {
      const page = await doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'LSI1',
          KeyConditionExpression: 'pk = :p',
          ExpressionAttributeValues: { ':p': listKeys.playlistPartition(playlistId) },
          Limit: 52,
        }),
      );
      const trackIds = (page.Items ?? []).slice(1, 51).map((i) => String(i.trackId));
      const tracks = await doc.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: trackIds.map(trackKey) } } }),
      );
      const uploaders = [...new Set((tracks.Responses?.[tableName] ?? []).map((t) => String(t.uploaderId)))];
      await Promise.all([
        doc.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: uploaders.map(userKey) } } })),
        doc.send(
          new BatchGetCommand({
            RequestItems: { [tableName]: { Keys: trackIds.map((id) => favouriteKey(listener.sub, id)) } },
          }),
        ),
      ]);
    };
    const viaHandler = async () => {
      const res = await api.gql(listener, ops.playlistPage50.query, ops.playlistPage50.variables);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    };
    const timed = async (fn: () => Promise<void>) => {
      const start = process.hrtime.bigint();
      await fn();
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    for (let i = 0; i < 10; i++) {
      await viaHandler();
      await bare();
    }
    const handlerMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < iterations; i++) {
      handlerMs.push(await timed(viaHandler));
      bareMs.push(await timed(bare));
    }
    results['latency.playlistPage50.ms'] = round(median(handlerMs));
    results['latency.playlistPage50.bareMs'] = round(median(bareMs));
    results['latency.playlistPage50.ratio'] = round(median(handlerMs) / median(bareMs), 2);
    return results;
  } finally {
    await api.stop();
    await ddb.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number, digits = 1): number => Number(n.toFixed(digits));
