import { existsSync } from 'node:fs';
import path from 'node:path';
import { Annotations, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { projectRoot } from '../lambdaBundling.ts';
import type { WebConfig } from '../webConfig.ts';
import { arnToken, wildcardAction, wildcardResource } from './nagFindings.ts';

/** Shown instead of the client when `client/dist` was not built before synth. */
const placeholderPath = path.join(projectRoot, 'infra', 'webPlaceholder');

export interface WebClientDeploymentProps {
  readonly bucket: IBucket;
  readonly distribution: IDistribution;
  readonly config: WebConfig;
  /** @default `client/dist` in the repository */
  readonly clientDistPath?: string;
  /**
   * What happens to the deployment function's log group when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * Uploads the built client and writes `/config.json` (deploy-time values), then invalidates the
 * two entry files. Without a client build, a placeholder page goes up and synth warns.
 */
export const deployWebClient = (scope: Construct, props: WebClientDeploymentProps): void => {
  const dist = props.clientDistPath ?? path.join(projectRoot, 'client', 'dist');
  const built = existsSync(path.join(dist, 'index.html'));
  if (!built) {
    Annotations.of(scope).addWarningV2(
      'tunehub:web-client-not-built',
      `${dist} has no index.html: deploying a placeholder page. Run \`npm run build\` first.`,
    );
  }
  const client = Source.asset(built ? dist : placeholderPath);
  // One log group for CDK's (singleton) deployment function, instead of its two-year default.
  const logGroup = new LogGroup(scope, 'DeploymentLogs', {
    retention: RetentionDays.ONE_MONTH,
    removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
  });
  // Hashed assets first, cacheable forever. Never pruned, so a page loaded before a deploy keeps
  // finding its chunks.
  const assets = new BucketDeployment(scope, 'Assets', {
    sources: [client],
    destinationBucket: props.bucket,
    exclude: ['index.html', 'config.json'],
    prune: false,
    cacheControl: [CacheControl.fromString('public, max-age=31536000, immutable')],
    memoryLimit: 512,
    logGroup,
  });
  // Then the entry points, revalidated on every load so a deploy shows at once.
  const entry = new BucketDeployment(scope, 'Entry', {
    sources: [client, Source.jsonData('config.json', props.config)],
    destinationBucket: props.bucket,
    exclude: ['*'],
    include: ['index.html', 'config.json'],
    prune: false,
    cacheControl: [CacheControl.noCache()],
    distribution: props.distribution,
    distributionPaths: ['/index.html', '/config.json'],
    memoryLimit: 512,
    logGroup,
  });
  entry.node.addDependency(assets);
  acknowledgeDeploymentHandler(scope, props.bucket);
};

/** The findings on CDK's own (singleton) BucketDeployment function, which Tunehub cannot change. */
const acknowledgeDeploymentHandler = (scope: Construct, bucket: IBucket): void => {
  const stack = Stack.of(scope);
  const handlers = stack.node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
  const cdkOwned = 'CDK-owned BucketDeployment function, run only during deployments';
  for (const handler of handlers) {
    Validations.of(handler).acknowledge(
      { id: 'AwsSolutions-L1', reason: `${cdkOwned}; its runtime is chosen and updated by aws-cdk-lib.` },
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: `${cdkOwned}; the AWS-managed basic execution policy only lets it write its own logs.`,
      },
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
        id: wildcardAction(action),
        reason: `${cdkOwned}; CDK's grantRead/grantWrite action groups, scoped to the asset bucket and the web bucket.`,
      })),
      {
        id: wildcardResource(
          'arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
        ),
        reason: `${cdkOwned}; reads the client build from the CDK bootstrap asset bucket.`,
      },
      {
        id: wildcardResource(`${arnToken(bucket)}/*`),
        reason: `${cdkOwned}; writes the client build into the web bucket, every key of which it owns.`,
      },
      {
        id: wildcardResource('*'),
        reason: `${cdkOwned}; cloudfront:CreateInvalidation and GetInvalidation support no resource-level permissions in CDK's policy.`,
      },
    );
  }
};
