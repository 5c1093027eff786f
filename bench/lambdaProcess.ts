import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

const runner = fileURLToPath(new URL('./lambdaInvoke.mjs', import.meta.url));

/** What one fresh process reports (times from `performance.now()` inside it). */
export interface ColdInvocation {
  readonly result: APIGatewayProxyResult;
  /** `require()` of the bundle: parse, compile and module-scope code. */
  readonly importMs: number;
  /** Import plus the first event answered: the cold start a Lambda user waits for. */
  readonly coldStartMs: number;
  /** From process start to the answer (adds Node's own boot). */
  readonly processMs: number;
}

/** The environment the deployed function gets, pointed at local services. */
export interface LambdaEnv {
  readonly TABLE_NAME: string;
  readonly DYNAMODB_ENDPOINT: string;
  readonly FILE_BUCKET: string;
  readonly S3_ENDPOINT?: string;
  readonly WEB_ORIGIN?: string;
}

/**
 * Starts a new Node process (with Lambda's `NODE_OPTIONS=--enable-source-maps`, nothing inherited
 * from this process) that loads `bundle` and answers `event` once.
 */
export const invokeInFreshProcess = async (
  bundle: string,
  event: APIGatewayProxyEvent,
  env: LambdaEnv,
): Promise<ColdInvocation> => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tunehub-event-'));
  const eventFile = path.join(dir, 'event.json');
  writeFileSync(eventFile, JSON.stringify(event));
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [runner, bundle, eventFile],
        {
          env: {
            PATH: process.env.PATH,
            AWS_REGION: 'us-east-1',
            AWS_ACCESS_KEY_ID: 'bench',
            AWS_SECRET_ACCESS_KEY: 'bench',
            S3_ENDPOINT: 'http://127.0.0.1:1',
            TUNEHUB_STAGE: 'production',
            CURSOR_SECRET: 'bench-cursor-secret',
            NODE_OPTIONS: '--enable-source-maps',
            ...env,
          },
          maxBuffer: 16 * 1024 * 1024,
          timeout: 60_000,
        },
        (err, out, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(out)),
      );
    });
    return JSON.parse(stdout) as ColdInvocation;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
