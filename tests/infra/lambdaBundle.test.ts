import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLambdaBundle, type LambdaBundle } from '../../bench/lambdaBuild.ts';
import { graphqlProxyEvent } from '../../bench/lambdaEvent.ts';
import { invokeInFreshProcess, type LambdaEnv } from '../../bench/lambdaProcess.ts';
import {
  ensureTable,
  freePort,
  localDynamoDbClient,
  type RunningDynamoDbLocal,
  startDynamoDbLocal,
} from '../../infra/local/dynamodbLocal.ts';

/**
 * The deployable artefact itself: the minified bundle CDK zips (same esbuild options, checked
 * byte for byte in TunehubStack.test.ts), loaded by a fresh Node process the way Lambda's runtime
 * loads it, answering a real query against DynamoDB Local.
 */
describe('the bundled Lambda', () => {
  let outdir: string;
  let bundle: LambdaBundle;
  let ddb: RunningDynamoDbLocal;
  let env: LambdaEnv;

  beforeAll(async () => {
    outdir = mkdtempSync(path.join(os.tmpdir(), 'tunehub-lambda-'));
    const [built, started] = await Promise.all([
      buildLambdaBundle(outdir),
      freePort().then((port) => startDynamoDbLocal({ port })),
    ]);
    bundle = built;
    ddb = started;
    const tableName = `bundle-${randomUUID()}`;
    await ensureTable(localDynamoDbClient(ddb.endpoint), tableName);
    env = {
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: ddb.endpoint,
      FILE_BUCKET: 'tunehub-files',
      WEB_ORIGIN: 'https://d111111abcdef8.cloudfront.net',
    };
  });
  afterAll(async () => {
    await ddb?.stop();
    rmSync(outdir, { recursive: true, force: true });
  });

  it('answers `me` for the signed-in user from a cold process', async () => {
    const sub = randomUUID();
    const event = graphqlProxyEvent({ sub, email: 'cold@example.com' }, '{ me { id displayName } }');
    const { result } = await invokeInFreshProcess(bundle.file, event, env);
    expect(result.statusCode).toBe(200);
    const body = JSON.parse(result.body) as {
      data?: { me?: { id: string; displayName: string } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.me?.id).toBe(sub);
    expect(body.data?.me?.displayName).toEqual(expect.any(String));
    // API Gateway passes proxy responses through, so the function itself names the web origin.
    expect(result.headers).toMatchObject({
      'Access-Control-Allow-Origin': 'https://d111111abcdef8.cloudfront.net',
      Vary: 'Origin',
    });
  });

  it('refuses an event without authorizer claims', async () => {
    const event = graphqlProxyEvent({ sub: randomUUID(), email: 'x@example.com' }, '{ me { id } }');
    const anonymous = { ...event, requestContext: { ...event.requestContext, authorizer: null } };
    const { result } = await invokeInFreshProcess(bundle.file, anonymous, env);
    const body = JSON.parse(result.body) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
