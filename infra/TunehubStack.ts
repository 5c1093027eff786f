import { Aws, CfnOutput, Fn, Lazy, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { Construct } from 'constructs';
import { Api } from './constructs/Api.ts';
import { Auth } from './constructs/Auth.ts';
import { Data } from './constructs/Data.ts';
import { Files } from './constructs/Files.ts';
import { GraphqlFunction } from './constructs/GraphqlFunction.ts';
import { Web } from './constructs/Web.ts';

export interface TunehubStackProps extends StackProps {
  /**
   * A throwaway stack deletes its table, user pool and buckets (with their contents) on
   * `cdk destroy`. Also settable as `-c throwaway=true`.
   * @default false: user data is retained
   */
  readonly throwaway?: boolean;
  /**
   * The built web client. Also settable as `-c clientDist=path`.
   * @default `client/dist`
   */
  readonly clientDistPath?: string;
  /**
   * Custom domain of the web app with its ACM certificate ARN (us-east-1). Also settable as
   * `-c domainName=… -c certificateArn=…`.
   * @default the distribution's `*.cloudfront.net` name
   */
  readonly domain?: { readonly name: string; readonly certificateArn: string };
}

/**
 * Tunehub on AWS: one table, one user pool, one Lambda behind API Gateway, a file bucket and the
 * web client on CloudFront. Environment-agnostic (no lookups), so `cdk synth` needs no account.
 */
export class TunehubStack extends Stack {
  constructor(scope: Construct, id: string, props: TunehubStackProps = {}) {
    super(scope, id, props);
    const context = (key: string): string | undefined => {
      const value: unknown = this.node.tryGetContext(key);
      return typeof value === 'string' || typeof value === 'boolean' ? String(value) : undefined;
    };
    const throwaway = props.throwaway ?? context('throwaway') === 'true';
    const removalPolicy = throwaway ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const domainName = props.domain?.name ?? context('domainName');
    const certificateArn = props.domain?.certificateArn ?? context('certificateArn');

    // The web origin is needed by the API's CORS and the bucket's CORS before the distribution
    // exists in code; CloudFormation resolves it without a cycle (the distribution depends on
    // neither the Lambda nor the bucket, only on names known up front).
    const webOrigin = Lazy.string({ produce: () => web.origin });
    // Named from the stack's id, so the web CSP can name the bucket without depending on it.
    const stackUuid = Fn.select(2, Fn.split('/', Aws.STACK_ID));
    const fileBucketName = `tunehub-files-${Aws.ACCOUNT_ID}-${Fn.select(0, Fn.split('-', stackUuid))}`;

    const data = new Data(this, 'Data', { removalPolicy });
    const auth = new Auth(this, 'Auth', { removalPolicy });
    const files = new Files(this, 'Files', { bucketName: fileBucketName, webOrigin, removalPolicy });
    const graphql = new GraphqlFunction(this, 'GraphqlFunction', {
      table: data.table,
      fileBucket: files.bucket,
      webOrigin,
      removalPolicy,
    });
    const api = new Api(this, 'Api', {
      handler: graphql.function,
      userPool: auth.userPool,
      webOrigin,
      removalPolicy,
    });

    const fileOrigins = [
      `https://${fileBucketName}.s3.${Aws.REGION}.${Aws.URL_SUFFIX}`,
      `https://${fileBucketName}.s3.${Aws.URL_SUFFIX}`,
    ];
    const web = new Web(this, 'Web', {
      config: {
        graphqlUrl: api.graphqlUrl,
        region: Aws.REGION,
        userPoolId: auth.userPool.userPoolId,
        userPoolClientId: auth.webClient.userPoolClientId,
        fileBucket: fileBucketName,
        authFlow: 'USER_SRP_AUTH',
      },
      connectOrigins: [api.origin, `https://cognito-idp.${Aws.REGION}.${Aws.URL_SUFFIX}`, ...fileOrigins],
      mediaOrigins: fileOrigins,
      clientDistPath: props.clientDistPath ?? context('clientDist'),
      ...(domainName && certificateArn
        ? { domainName, certificate: Certificate.fromCertificateArn(this, 'Certificate', certificateArn) }
        : {}),
      removalPolicy,
    });

    // The same keys the local stack writes to .tunehub/outputs.json.
    new CfnOutput(this, 'GraphQLUrl', { value: api.graphqlUrl });
    new CfnOutput(this, 'Region', { value: Aws.REGION });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.webClient.userPoolClientId });
    new CfnOutput(this, 'FileBucket', { value: files.bucket.bucketName });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'WebUrl', { value: web.origin });
  }
}
