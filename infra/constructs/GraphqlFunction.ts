import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { lambdaEntry, projectRoot } from '../lambdaBundling.ts';
import { mediaPrefix, uploadsPrefix } from './Files.ts';
import { arnToken, wildcardResource } from './nagFindings.ts';
import { nodejsBundlingOptions } from './nodejsBundlingOptions.ts';

/** Exactly the DynamoDB actions the resolvers issue (no Scan, no table management). */
export const tableActions: readonly string[] = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:TransactWriteItems',
  'dynamodb:ConditionCheckItem',
];

export interface GraphqlFunctionProps {
  readonly table: ITable;
  readonly fileBucket: IBucket;
  /** The web app's origin; `infra/lambdaHandler.ts` sends it as `Access-Control-Allow-Origin` (`WEB_ORIGIN`). */
  readonly webOrigin: string;
  /**
   * How long the function's logs are kept.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the log group when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Memory (and with it CPU) of the function; more memory makes cold starts shorter.
   * @default 1024
   */
  readonly memorySize?: number;
}

/** The GraphQL Lambda: `resolvers/handler.ts` behind `infra/lambdaHandler.ts`, bundled; its log group, role and cursor secret. */
export class GraphqlFunction extends Construct {
  public readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: GraphqlFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    // An own role instead of AWSLambdaBasicExecutionRole: logs may go to this log group only.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);

    // The HMAC key of paging cursors, generated once by Secrets Manager and resolved into the
    // environment at deploy time (a CloudFormation dynamic reference, never in the template).
    // It guards cursor integrity only; every read is still authorised by the resolvers.
    const cursorSecret = new Secret(this, 'CursorSecret', {
      description: 'Tunehub: HMAC key that signs GraphQL paging cursors',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The cursor key is read into the Lambda environment at deploy time and rotating it only invalidates open paging cursors; rotate by redeploying after changing the secret, no rotation Lambda needed.',
    });

    this.function = new NodejsFunction(this, 'Handler', {
      entry: lambdaEntry,
      handler: 'handler',
      projectRoot,
      depsLockFilePath: `${projectRoot}/package-lock.json`,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      // API Gateway gives up after 29 s; a GraphQL request that needs more than 10 s is a bug.
      timeout: Duration.seconds(10),
      role,
      logGroup,
      tracing: Tracing.ACTIVE,
      bundling: nodejsBundlingOptions(),
      environment: {
        TABLE_NAME: props.table.tableName,
        FILE_BUCKET: props.fileBucket.bucketName,
        CURSOR_SECRET: cursorSecret.secretValue.unsafeUnwrap(),
        WEB_ORIGIN: props.webOrigin,
        TUNEHUB_STAGE: 'production',
        NODE_OPTIONS: '--enable-source-maps',
      },
      description: 'Tunehub GraphQL API (Apollo Server on API Gateway REST events)',
    });

    // Least privilege: the actions the resolvers use, on the table and its indexes only.
    props.table.grant(this.function, ...tableActions);
    const objects = (prefix: string) => props.fileBucket.arnForObjects(`${prefix}*`);
    role.addToPolicy(
      // Presigned POSTs are signed by this role, so it needs PutObject on uploads/; CopyObject
      // writes committed files into media/.
      new PolicyStatement({
        actions: ['s3:PutObject'],
        resources: [objects(uploadsPrefix), objects(mediaPrefix)],
      }),
    );
    role.addToPolicy(
      // GetObject covers HeadObject, presigned GETs and the source side of CopyObject.
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [objects(uploadsPrefix), objects(mediaPrefix)],
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        actions: ['s3:DeleteObject'],
        resources: [objects(uploadsPrefix), objects(mediaPrefix)],
      }),
    );
    Validations.of(role).acknowledge(
      {
        id: wildcardResource(`${arnToken(props.table)}/index/*`),
        reason:
          'Queries use the GSIs and the LSI of this one table; index ARNs only exist below the table ARN.',
      },
      ...[uploadsPrefix, mediaPrefix].map((prefix) => ({
        id: wildcardResource(`${arnToken(props.fileBucket)}/${prefix}*`),
        reason: `Object actions are limited to the ${prefix} key prefix the resolvers use; keys are per-user and per-file, so no fixed ARN list exists.`,
      })),
      {
        id: wildcardResource('*'),
        reason:
          'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
      },
    );
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 (LTS, supported by Lambda into 2027) is the runtime Tunehub is built and tested for; moving to 24 is a deliberate upgrade, not a silent one.',
    });
  }
}
