import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../infra/local/dynamodbLocal.ts';
import { type LocalStack, startLocalStack } from '../../../infra/local/localStack.ts';

/** The running local stack for a browser test, with the confirmation codes cognito-local "sent". */
export interface E2eStack {
  readonly stack: LocalStack;
  readonly webUrl: string;
  /** Resolves with the latest code sent to `email` (waits for it). */
  codeFor(email: string, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

/**
 * cognito-local's logger holds its last message back until it writes the next one, so the newest code
 * can stay unseen. Signing up a throwaway user makes it print another code, which pushes ours out.
 */
async function pokeCognitoLog(endpoint: string, clientId: string): Promise<void> {
  const username = `flush-${crypto.randomUUID()}@example.com`;
  await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.SignUp',
    },
    body: JSON.stringify({
      ClientId: clientId,
      Username: username,
      Password: 'Flush-Passw0rd!',
      UserAttributes: [{ Name: 'email', Value: username }],
    }),
  });
}

/**
 * Starts the whole local stack in memory (seeded with the demo data), with the web dev server, on free
 * ports so it never collides with a developer's `npm start`.
 */
export async function startE2eStack(): Promise<E2eStack> {
  const ports = {
    GATEWAY_PORT: await freePort(),
    DYNAMODB_PORT: await freePort(),
    COGNITO_PORT: await freePort(),
    S3_PORT: await freePort(),
    WEB_PORT: await freePort(),
  };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tunehub-e2e-'));
  const codes = new Map<string, string>();
  const stack = await startLocalStack({
    dataDir,
    inMemory: true,
    ports,
    seed: 'auto',
    web: true,
    log: () => undefined,
    onCode: ({ destination, code }) => codes.set(destination, code),
  });
  const webUrl = stack.webUrl ?? `http://localhost:${ports.WEB_PORT}/`;
  return {
    stack,
    webUrl: webUrl.replace(/\/$/, ''),
    async codeFor(email, timeoutMs = 15_000) {
      const started = Date.now();
      let poked = false;
      while (Date.now() - started < timeoutMs) {
        const code = codes.get(email);
        if (code) return code;
        if (!poked && Date.now() - started > 1000) {
          poked = true;
          await pokeCognitoLog(stack.outputs.CognitoEndpoint, stack.outputs.UserPoolClientId);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`No confirmation code for ${email}`);
    },
    async stop() {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
