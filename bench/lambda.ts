import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ensureTable,
  freePort,
  localDynamoDbClient,
  startDynamoDbLocal,
} from '../infra/local/dynamodbLocal.ts';
import { buildLambdaBundle } from './lambdaBuild.ts';
import { graphqlProxyEvent } from './lambdaEvent.ts';
import { invokeInFreshProcess, type LambdaEnv } from './lambdaProcess.ts';

const bareEntry = fileURLToPath(new URL('./bareHandler.ts', import.meta.url));

/** The first query of a session: the profile plus the first page of the catalogue. */
const firstQuery = '{ me { id displayName } tracks(first: 10) { edges { node { id title } } } }';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const round = (n: number, digits = 1): number => Number(n.toFixed(digits));

/**
 * DESIGN §5 Lambda figures. Bundle size is the deployed esbuild output (`infra/lambdaBundling.ts`).
 * Cold start is import plus the first real query in a fresh Node process against DynamoDB Local,
 * for the real handler and for a bare graphql-js handler on the same schema, resolvers and SDK,
 * alternating so machine load hits both alike; the ratio is of the medians.
 *
 * @param runs cold starts per handler (at least 10; `LAMBDA_BENCH_RUNS` overrides the default 15)
 */
export async function runLambdaBench(
  runs = Math.max(10, Number(process.env.LAMBDA_BENCH_RUNS) || 15),
): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tunehub-lambda-bench-'));
  const ddb = await startDynamoDbLocal({ port: await freePort() });
  try {
    const [real, bare] = await Promise.all([
      buildLambdaBundle(path.join(dir, 'real')),
      buildLambdaBundle(path.join(dir, 'bare'), bareEntry),
    ]);
    const env: LambdaEnv = {
      TABLE_NAME: 'tunehub-bench',
      DYNAMODB_ENDPOINT: ddb.endpoint,
      FILE_BUCKET: 'tunehub-files',
    };
    await ensureTable(localDynamoDbClient(ddb.endpoint), env.TABLE_NAME);

    const coldStart = async (bundle: string) => {
      // A new user every time: `me` creates the profile on first use, the same work in each run.
      const event = graphqlProxyEvent({ sub: randomUUID(), email: 'bench@example.com' }, firstQuery);
      const run = await invokeInFreshProcess(bundle, event, env);
      if (run.result.statusCode !== 200 || JSON.parse(run.result.body).errors) {
        throw new Error(`cold start of ${bundle} failed: ${run.result.statusCode} ${run.result.body}`);
      }
      return run;
    };
    // One unmeasured round warms the page cache and DynamoDB Local's JIT for both alike.
    await coldStart(real.file);
    await coldStart(bare.file);
    const realRuns = [];
    const bareRuns = [];
    for (let i = 0; i < runs; i++) {
      realRuns.push(await coldStart(real.file));
      bareRuns.push(await coldStart(bare.file));
    }
    const realMs = median(realRuns.map((r) => r.coldStartMs));
    const bareMs = median(bareRuns.map((r) => r.coldStartMs));
    return {
      'lambda.bundleBytes': real.bytes,
      'lambda.bundleGzipBytes': real.gzipBytes,
      'lambda.bareBundleBytes': bare.bytes,
      'lambda.coldStart.ms': round(realMs),
      'lambda.coldStart.bareMs': round(bareMs),
      'lambda.coldStart.ratio': round(realMs / bareMs, 3),
      'lambda.coldStart.importMs': round(median(realRuns.map((r) => r.importMs))),
      'lambda.coldStart.bareImportMs': round(median(bareRuns.map((r) => r.importMs))),
      'lambda.coldStart.runs': runs,
    };
  } finally {
    await ddb.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await runLambdaBench();
  console.table(Object.entries(results).map(([metric, value]) => ({ metric, value })));
}
