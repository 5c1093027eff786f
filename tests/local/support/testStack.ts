import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { ConfirmationCode } from '../../../infra/local/cognitoLocal.ts';
import { freePort } from '../../../infra/local/dynamodbLocal.ts';
import { type LocalStack, startLocalStack } from '../../../infra/local/localStack.ts';
import type { LocalPorts } from '../../../infra/local/localPorts.ts';
import { localCognitoClient } from '../../../infra/local/userPool.ts';

export interface TestStack {
  readonly stack: LocalStack;
  readonly cognito: CognitoIdentityProviderClient;
  /** Every line the gateway logged (for failure messages). */
  readonly log: readonly string[];
  /** The sign-up code cognito-local printed for `email` (waits briefly for its output). */
  codeFor(email: string): Promise<string>;
  stop(): Promise<void>;
}

/** Five distinct free ports, so a test stack never collides with a running `npm start`. */
export const freePorts = async (): Promise<LocalPorts> => {
  const ports = new Set<number>();
  while (ports.size < 5) ports.add(await freePort());
  const [GATEWAY_PORT, DYNAMODB_PORT, COGNITO_PORT, S3_PORT, WEB_PORT] = [...ports] as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { GATEWAY_PORT, DYNAMODB_PORT, COGNITO_PORT, S3_PORT, WEB_PORT };
};

/** The local stack as `npm start -- --in-memory` starts it, on free ports, in a temp data dir, unseeded. */
export const startTestStack = async (): Promise<TestStack> => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tunehub-local-test-'));
  const codes: ConfirmationCode[] = [];
  const log: string[] = [];
  const stack = await startLocalStack({
    dataDir,
    inMemory: true,
    ports: await freePorts(),
    seed: 'never',
    web: false,
    log: (line) => log.push(line),
    onCode: (c) => codes.push(c),
  });
  const cognito = localCognitoClient(stack.outputs.CognitoEndpoint);
  return {
    stack,
    cognito,
    log,
    async codeFor(email) {
      for (let i = 0; i < 50; i++) {
        const found = codes.findLast((c) => c.destination === email);
        if (found) return found.code;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`cognito-local printed no code for ${email}`);
    },
    async stop() {
      cognito.destroy();
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};
