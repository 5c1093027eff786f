import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildExplorer } from './explorer/buildExplorer.ts';
import { createCognitoAuthorizer } from './cognitoAuthorizer.ts';
import { type ConfirmationCode, startCognitoLocal } from './cognitoLocal.ts';
import { ensureTable, localDynamoDbClient, startDynamoDbLocal } from './dynamodbLocal.ts';
import { type RunningGateway, startGateway } from './gateway.ts';
import { assertJava } from './javaCheck.ts';
import { loadHandler } from './loadHandler.ts';
import { createOrphanGuard } from './orphanGuard.ts';
import { type LocalOutputs, webConfigFromOutputs, writeOutputs } from './localOutputs.ts';
import { assertPortsFree, type LocalPorts } from './localPorts.ts';
import { startS3Local } from './s3Local.ts';
import { type SeedProgress, type SeedResult, seedDemoData } from './seed/seedDemoData.ts';
import { loadStaticFiles, type StaticFile } from './staticFiles.ts';
import { ensureUserPool, localCognitoClient } from './userPool.ts';
import { startWeb } from './web.ts';

export interface LocalStackOptions {
  /** `.tunehub` by default: outputs.json, and the services' data unless `inMemory`. */
  readonly dataDir: string;
  readonly inMemory: boolean;
  readonly ports: LocalPorts;
  /** `auto`: seed the first start of a data dir (every in-memory start). */
  readonly seed: 'auto' | 'never';
  /** Also start the web client's dev server (when client/devServer.ts exists). */
  readonly web: boolean;
  readonly log: (line: string) => void;
  readonly seedProgress?: SeedProgress;
  /** Sign-up / reset codes cognito-local "emails". */
  readonly onCode?: (code: ConfirmationCode) => void;
  /** A service died while the stack ran; the caller should stop. */
  readonly onServiceExit?: (message: string) => void;
}

export interface LocalStack {
  readonly outputs: LocalOutputs;
  readonly gateway: RunningGateway;
  readonly javaPid: number | undefined;
  readonly cognitoPid: number | undefined;
  readonly seeded: SeedResult | undefined;
  /** Whether the demo users exist (seeded now or on an earlier start of this data dir). */
  readonly hasDemoData: boolean;
  readonly webUrl: string | undefined;
  /** Milliseconds from the call to each milestone. */
  readonly timings: Readonly<Record<string, number>>;
  stop(): Promise<void>;
}

export const tableName = 'tunehub';
export const fileBucket = 'tunehub-files';
export const region = 'us-east-1';

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/**
 * Starts DynamoDB Local, cognito-local and s3rver, provisions table, pool and bucket, and serves the
 * real handler behind the local gateway; seeds demo data on a first start. On any failure, whatever
 * already started is stopped before the error propagates.
 */
export const startLocalStack = async (o: LocalStackOptions): Promise<LocalStack> => {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const mark = (name: string) => {
    timings[name] = Math.round(performance.now() - t0);
  };
  const { ports } = o;
  await assertJava();
  await assertPortsFree({
    GATEWAY_PORT: ports.GATEWAY_PORT,
    DYNAMODB_PORT: ports.DYNAMODB_PORT,
    COGNITO_PORT: ports.COGNITO_PORT,
    S3_PORT: ports.S3_PORT,
    ...(o.web ? { WEB_PORT: ports.WEB_PORT } : {}),
  });
  await mkdir(o.dataDir, { recursive: true });
  const cleanups: (() => Promise<void>)[] = [];
  const children: ChildProcess[] = [];
  let stopping = false;
  let seeding = false;
  // Against orphans: an exit without stop() (process.exit) kills the emulators synchronously, and the
  // guard covers a death this process cannot handle (SIGKILL). Both know each child from its spawn on.
  const killChildren = () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  };
  process.once('exit', killChildren);
  const guard = createOrphanGuard();
  const onSpawn = (child: ChildProcess) => {
    children.push(child);
    guard.watch(child.pid);
  };
  const stop = async () => {
    stopping = true;
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((err: unknown) => o.log(`stop: ${String(err)}`));
    cleanups.length = 0;
    guard.release();
    process.off('exit', killChildren);
  };
  try {
    const scratch = o.inMemory ? await mkdtemp(path.join(os.tmpdir(), 'tunehub-')) : undefined;
    if (scratch) cleanups.push(() => rm(scratch, { recursive: true, force: true }));
    const dir = (name: string) => path.join(scratch ?? o.dataDir, name);
    const webOrigins = [`http://localhost:${ports.WEB_PORT}`, `http://127.0.0.1:${ports.WEB_PORT}`];
    const gatewayUrl = `http://localhost:${ports.GATEWAY_PORT}`;
    const watch = (name: string, child: { once(e: 'exit', f: (code: number | null) => void): unknown }) =>
      child.once('exit', (code) => {
        if (!stopping) o.onServiceExit?.(`${name} exited unexpectedly (code ${code})`);
      });

    // Every endpoint follows from the ports, so the handler's (slow) import overlaps Java's startup.
    const handler = loadHandler({
      TABLE_NAME: tableName,
      FILE_BUCKET: fileBucket,
      AWS_REGION: region,
      DYNAMODB_ENDPOINT: `http://127.0.0.1:${ports.DYNAMODB_PORT}`,
      S3_ENDPOINT: `http://localhost:${ports.S3_PORT}`,
      CURSOR_SECRET: 'tunehub-local-cursor-secret',
      TUNEHUB_STAGE: 'local',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
    });
    handler.catch(() => undefined); // awaited below; this only stops an early "unhandled rejection"
    if (!o.inMemory) await mkdir(dir('dynamodb'), { recursive: true });
    const explorer = buildExplorer().catch((err: unknown) => {
      o.log(`explorer build failed, GET / will say so: ${String(err)}`);
      return undefined;
    });
    // allSettled, not all: when one service fails to start, the others that did must be stopped.
    const started = await Promise.allSettled([
      startDynamoDbLocal({
        port: ports.DYNAMODB_PORT,
        // Java can take long to come up on a busy machine; a false "failed to start" is worse.
        startTimeoutMs: 120_000,
        onSpawn,
        ...(o.inMemory ? {} : { dbPath: dir('dynamodb') }),
      }),
      startCognitoLocal({
        port: ports.COGNITO_PORT,
        dataDir: dir('cognito'),
        onSpawn,
        ...(o.onCode ? { onCode: o.onCode } : {}),
      }),
      startS3Local({
        port: ports.S3_PORT,
        directory: dir('s3'),
        bucket: fileBucket,
        allowedOrigins: [...webOrigins, gatewayUrl],
      }),
    ]);
    for (const r of started) if (r.status === 'fulfilled') cleanups.push(() => r.value.stop());
    const [dynamoResult, cognitoResult, s3Result] = started;
    for (const r of started) if (r.status === 'rejected') throw r.reason;
    if (
      dynamoResult.status !== 'fulfilled' ||
      cognitoResult.status !== 'fulfilled' ||
      s3Result.status !== 'fulfilled'
    )
      throw new Error('unreachable: a service neither started nor failed');
    const [dynamo, cognito, s3] = [dynamoResult.value, cognitoResult.value, s3Result.value];
    watch('DynamoDB Local', dynamo.process);
    watch('cognito-local', cognito.process);
    mark('services');
    const ddb = localDynamoDbClient(dynamo.endpoint);
    const idp = localCognitoClient(cognito.endpoint);
    const [pool] = await Promise.all([ensureUserPool(idp), ensureTable(ddb, tableName)]);
    ddb.destroy();
    idp.destroy();
    mark('provisioned');
    const issuer = cognito.issuer(pool.userPoolId);
    const authorize = await createCognitoAuthorizer({
      issuer,
      clientId: pool.userPoolClientId,
      jwksUri: `http://127.0.0.1:${ports.COGNITO_PORT}/${pool.userPoolId}/.well-known/jwks.json`,
    });
    const outputs: LocalOutputs = {
      GraphQLUrl: `${gatewayUrl}/graphql`,
      Region: region,
      UserPoolId: pool.userPoolId,
      UserPoolClientId: pool.userPoolClientId,
      FileBucket: fileBucket,
      TableName: tableName,
      WebUrl: `http://localhost:${ports.WEB_PORT}`,
      CognitoEndpoint: cognito.endpoint,
      S3Endpoint: s3.endpoint,
      DynamoDbEndpoint: dynamo.endpoint,
    };
    const files = new Map<string, StaticFile>([
      [
        '/config.json',
        { body: Buffer.from(JSON.stringify(webConfigFromOutputs(outputs))), contentType: 'application/json' },
      ],
    ]);
    const builtExplorer = await explorer;
    if (builtExplorer) {
      for (const [p, f] of await loadStaticFiles(builtExplorer.dir, '/explorer')) files.set(p, f);
      const index = files.get('/explorer/index.html');
      if (index) files.set('/', index);
    }
    mark('explorer');
    await handler; // import errors surface here, before the gateway says it is ready
    mark('handler');
    const gateway = await startGateway({
      port: ports.GATEWAY_PORT,
      stage: 'local',
      authorize,
      handler: () => handler,
      allowedOrigins: webOrigins,
      files: () => files,
      // The seed's requests would drown its progress bar; errors still get through.
      log: (line) => {
        if (!(seeding && /^[A-Z]+ \/\S* \d{3} /.test(line))) o.log(line);
      },
    });
    cleanups.push(() => gateway.stop());
    await writeOutputs(o.dataDir, outputs);
    mark('ready');
    const marker = path.join(o.dataDir, 'seeded.json');
    let seeded: SeedResult | undefined;
    if (o.seed === 'auto' && (o.inMemory || !(await exists(marker)))) {
      const quiet: SeedProgress = { start: () => undefined, tick: () => undefined, stop: () => undefined };
      seeding = true;
      seeded = await seedDemoData(outputs, o.seedProgress ?? quiet).finally(() => {
        seeding = false;
      });
      if (!o.inMemory)
        await writeFile(marker, `${JSON.stringify({ seededAt: new Date().toISOString(), ...seeded })}\n`);
      mark('seeded');
    }
    const web = o.web ? await startWeb(ports.WEB_PORT, gatewayUrl) : undefined;
    if (web) cleanups.push(() => web.stop());
    mark('done');
    return {
      outputs,
      gateway,
      javaPid: dynamo.process.pid,
      cognitoPid: cognito.process.pid,
      seeded,
      hasDemoData: seeded !== undefined || (!o.inMemory && (await exists(marker))),
      webUrl: web?.url,
      timings,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
};
