import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** One table and the one Document client that talks to it. Repositories take this, nothing else. */
export interface Db {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}

/** Called once per DynamoDB request the client sends (after the SDK's own retries are counted each). */
export type DynamoDbCallListener = (commandName: string) => void;

const listeners = new Set<DynamoDbCallListener>();

/**
 * Observes every DynamoDB call made by clients built with `createDb` (the bench and the round-trip
 * tests count calls per GraphQL operation with it). Returns the function that stops observing.
 */
export const onDynamoDbCall = (listener: DynamoDbCallListener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export interface DbOptions {
  readonly tableName: string;
  readonly region: string;
  readonly endpoint?: string | undefined;
  /** Extra configuration for the low-level client (tests add fault-injection middleware this way). */
  readonly configure?: (client: DynamoDBClient) => void;
}

export const createDb = (options: DbOptions): Db => {
  const client = new DynamoDBClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
  client.middlewareStack.add(
    (next, context) => (args) => {
      const name = typeof context.commandName === 'string' ? context.commandName : 'unknown';
      for (const listener of listeners) listener(name);
      return next(args);
    },
    { step: 'initialize', name: 'tunehubCallCounter' },
  );
  options.configure?.(client);
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { doc, tableName: options.tableName };
};
