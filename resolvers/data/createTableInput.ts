import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { keyAttributeNames, type TableDefinition, tableDefinition } from './table.ts';

/**
 * The `CreateTable` request for the shared table definition (on-demand billing), used by the local
 * bootstrap and the tests; the CDK stack maps the same definition onto `dynamodb.Table`.
 */
export const createTableInput = (
  tableName: string,
  def: TableDefinition = tableDefinition,
): CreateTableCommandInput => ({
  TableName: tableName,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: keyAttributeNames(def).map((name) => ({ AttributeName: name, AttributeType: 'S' })),
  KeySchema: [
    { AttributeName: def.partitionKey.name, KeyType: 'HASH' },
    { AttributeName: def.sortKey.name, KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: def.globalIndexes.map((g) => ({
    IndexName: g.indexName,
    KeySchema: [
      { AttributeName: g.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: g.sortKey.name, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'ALL' },
  })),
  LocalSecondaryIndexes: def.localIndexes.map((l) => ({
    IndexName: l.indexName,
    KeySchema: [
      { AttributeName: def.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: l.sortKey.name, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'ALL' },
  })),
});
