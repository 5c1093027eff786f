import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { type TableDefinition, tableDefinition } from '../../resolvers/data/table.ts';

export interface DataProps {
  /**
   * What happens to the table when it leaves the stack (or the stack is deleted).
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Keys, indexes and TTL attribute of the table.
   * @default the shared definition in `resolvers/data/table.ts`
   */
  readonly definition?: TableDefinition;
}

/** The one DynamoDB table, built from the definition the local stack uses too. */
export class Data extends Construct {
  public readonly table: Table;

  constructor(scope: Construct, id: string, props: DataProps = {}) {
    super(scope, id);
    const def = props.definition ?? tableDefinition;
    // RETAIN: user data outlives the stack; only a throwaway stack (`-c throwaway=true`) drops it.
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const string = (name: string) => ({ name, type: AttributeType.STRING });

    this.table = new Table(this, 'Table', {
      partitionKey: string(def.partitionKey.name),
      sortKey: string(def.sortKey.name),
      // On-demand: traffic is spiky and small; nothing to size or autoscale.
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: def.timeToLiveAttribute,
      // A KMS key in the account (aws/dynamodb), so key use shows up in CloudTrail.
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: removalPolicy === RemovalPolicy.RETAIN,
      removalPolicy,
    });
    for (const gsi of def.globalIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: string(gsi.partitionKey.name),
        sortKey: string(gsi.sortKey.name),
      });
    }
    for (const lsi of def.localIndexes) {
      this.table.addLocalSecondaryIndex({ indexName: lsi.indexName, sortKey: string(lsi.sortKey.name) });
    }
  }
}
