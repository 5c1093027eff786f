import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { createTableInput } from '../../resolvers/data/createTableInput.ts';
import { tableDefinition } from '../../resolvers/data/table.ts';

/** Directory of the DynamoDB Local jar shipped inside the npm package `amplify-dynamodb-simulator`. */
export const dynamoDbLocalDir = (): string => {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
};

export interface DynamoDbLocalOptions {
  readonly port: number;
  /** Keep data in this directory; omitted = `-inMemory`. */
  readonly dbPath?: string;
  /** How long to wait for the port to open; a busy machine can take well over the default. @default 30_000 */
  readonly startTimeoutMs?: number;
  /** Called as soon as Java is spawned, before it is ready (e.g. to make sure it dies with its parent). */
  readonly onSpawn?: (child: ChildProcess) => void;
}

export interface RunningDynamoDbLocal {
  readonly endpoint: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Resolves once something accepts TCP connections on the port, or rejects after the timeout. */
export const waitForPort = async (port: number, timeoutMs: number, host = '127.0.0.1'): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on ${host}:${port} after ${timeoutMs} ms`);
};

/** A port the OS says is free right now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/**
 * Starts AWS's DynamoDB Local (`java -jar DynamoDBLocal.jar -disableTelemetry`) and waits until it
 * answers. The caller owns the process; `stop()` ends it and waits for the exit.
 */
export const startDynamoDbLocal = async (options: DynamoDbLocalOptions): Promise<RunningDynamoDbLocal> => {
  const dir = dynamoDbLocalDir();
  const storage = options.dbPath ? ['-dbPath', options.dbPath] : ['-inMemory'];
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${path.join(dir, 'DynamoDBLocal_lib')}`,
      '-Xmx512m',
      '-jar',
      path.join(dir, 'DynamoDBLocal.jar'),
      '-port',
      String(options.port),
      '-disableTelemetry',
      '-sharedDb',
      ...storage,
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  options.onSpawn?.(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout?.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (err) => reject(new Error(`cannot start java: ${err.message}`)));
    child.once('exit', (code) =>
      reject(new Error(`DynamoDB Local exited with ${code}: ${stderr.slice(-2000)}`)),
    );
  });
  failed.catch(() => undefined);
  try {
    await Promise.race([waitForPort(options.port, options.startTimeoutMs ?? 30_000), failed]);
  } catch (err) {
    // A Java that never opened its port must not outlive the failed start.
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    throw err;
  }
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
};

/** A DynamoDB client for DynamoDB Local (any credentials are accepted there). */
export const localDynamoDbClient = (endpoint: string): DynamoDBClient =>
  new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

/** Creates the Tunehub table from the shared definition unless it exists, and turns TTL on. Idempotent. */
export const ensureTable = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (err) {
    if (!(err instanceof ResourceInUseException)) throw err;
  }
  for (let i = 0; i < 100; i++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { Enabled: true, AttributeName: tableDefinition.timeToLiveAttribute },
      }),
    );
  } catch (err) {
    // A second enable of the same TTL is refused with a ValidationException; that is the idempotent case.
    if (!(err instanceof Error && err.name === 'ValidationException')) throw err;
  }
};
