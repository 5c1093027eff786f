import type { TestProject } from 'vitest/node';
import { freePort, startDynamoDbLocal } from '../../infra/local/dynamodbLocal.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
  }
}

/** One DynamoDB Local (in memory) for the whole integration run; each test file makes its own table. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const ddb = await startDynamoDbLocal({ port: await freePort() });
  project.provide('dynamoDbEndpoint', ddb.endpoint);
  return () => ddb.stop();
}
