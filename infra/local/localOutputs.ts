import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { WebConfig } from '../webConfig.ts';

/**
 * `.tunehub/outputs.json`: the CDK stack's output keys (DESIGN §6) plus the local-only endpoints, so
 * tools and tests read the local stack exactly as they read a deployed one.
 */
export interface LocalOutputs {
  readonly GraphQLUrl: string;
  readonly Region: string;
  readonly UserPoolId: string;
  readonly UserPoolClientId: string;
  readonly FileBucket: string;
  readonly TableName: string;
  readonly WebUrl: string;
  readonly CognitoEndpoint: string;
  readonly S3Endpoint: string;
  readonly DynamoDbEndpoint: string;
}

/** `/config.json` for the web client; cognito-local only speaks USER_PASSWORD_AUTH, at its own endpoint. */
export const webConfigFromOutputs = (o: LocalOutputs): WebConfig => ({
  graphqlUrl: o.GraphQLUrl,
  region: o.Region,
  userPoolId: o.UserPoolId,
  userPoolClientId: o.UserPoolClientId,
  fileBucket: o.FileBucket,
  authFlow: 'USER_PASSWORD_AUTH',
  cognitoEndpoint: o.CognitoEndpoint,
});

export const outputsPath = (dataDir: string): string => path.join(dataDir, 'outputs.json');

export const writeOutputs = async (dataDir: string, outputs: LocalOutputs): Promise<void> => {
  await mkdir(dataDir, { recursive: true });
  await writeFile(outputsPath(dataDir), `${JSON.stringify(outputs, null, 2)}\n`);
};

const keys: readonly (keyof LocalOutputs)[] = [
  'GraphQLUrl',
  'Region',
  'UserPoolId',
  'UserPoolClientId',
  'FileBucket',
  'TableName',
  'WebUrl',
  'CognitoEndpoint',
  'S3Endpoint',
  'DynamoDbEndpoint',
];

/** Reads and checks outputs.json of a running (or last) local stack. */
export const readOutputs = async (dataDir: string): Promise<LocalOutputs> => {
  const parsed: unknown = JSON.parse(await readFile(outputsPath(dataDir), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('outputs.json is not an object');
  const entries = keys.map((k) => {
    const v: unknown = Reflect.get(parsed, k);
    if (typeof v !== 'string') throw new Error(`outputs.json has no ${k}`);
    return [k, v] as const;
  });
  return Object.fromEntries(entries) as Record<keyof LocalOutputs, string>;
};
