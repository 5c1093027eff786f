import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  Distribution,
  HttpVersion,
  PriceClass,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { WebConfig } from '../webConfig.ts';
import { securityHeadersPolicy } from './securityHeadersPolicy.ts';
import { deployWebClient } from './deployWebClient.ts';

export interface WebProps {
  /** Written to `/config.json` at deploy time; one client build serves every stage. */
  readonly config: WebConfig;
  /** Origins the page may connect to besides itself (API, Cognito, file bucket), for the CSP. */
  readonly connectOrigins: readonly string[];
  /** Origins audio and cover images come from (the file bucket), for the CSP. */
  readonly mediaOrigins: readonly string[];
  /**
   * The built web client (`npm run build`). If it has no `index.html`, a placeholder page is
   * deployed instead and synth warns, so the stack still synthesizes without a client build.
   * @default `client/dist` in the repository
   */
  readonly clientDistPath?: string;
  /**
   * Custom domain for the distribution; needs {@link certificate}.
   * @default none: the `*.cloudfront.net` name
   */
  readonly domainName?: string;
  /**
   * ACM certificate (us-east-1) for {@link domainName}; enables the TLSv1.2_2021 viewer policy.
   * @default none
   */
  readonly certificate?: ICertificate;
  /**
   * What happens to the web bucket when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** The web client: a private bucket behind CloudFront (Origin Access Control) plus its deployment. */
export class Web extends Construct {
  public readonly bucket: Bucket;
  public readonly distribution: Distribution;
  /** `https://` origin the app is served from. */
  public readonly origin: string;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy,
      autoDeleteObjects: removalPolicy === RemovalPolicy.DESTROY,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'The bucket holds only the public build of the web client and is read by CloudFront alone (OAC); requests are visible in CloudFront metrics, object access logs would record nothing of value.',
    });

    const custom = props.domainName && props.certificate;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Tunehub web client',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: securityHeadersPolicy(this, 'SecurityHeaders', props),
        compress: true,
      },
      // SPA fallback: client routes are not objects. Without ListBucket, S3 answers 403 for them.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
      })),
      httpVersion: HttpVersion.HTTP2_AND_3,
      ...(custom
        ? {
            domainNames: [props.domainName as string],
            certificate: props.certificate,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      // North America and Europe edges only: the cheapest class; other viewers use the nearest of those.
      priceClass: PriceClass.PRICE_CLASS_100,
    });
    this.origin = custom
      ? `https://${props.domainName}`
      : `https://${this.distribution.distributionDomainName}`;
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'A music library open to everyone with an account: no country is excluded.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'The distribution serves static files only (the API is not behind it); a web ACL would cost a monthly fee for nothing to inspect.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'Static client files only; standard logs need an ACL-enabled log bucket and record no user data worth keeping. API Gateway access logs cover the API.',
      },
      ...(custom
        ? []
        : [
            {
              id: 'AwsSolutions-CFR4',
              reason:
                'The default *.cloudfront.net certificate cannot carry a minimum TLS policy; pass -c domainName and -c certificateArn to serve TLSv1.2_2021 only (docs/deploy.md).',
            },
          ]),
    );
    deployWebClient(this, {
      bucket: this.bucket,
      distribution: this.distribution,
      config: props.config,
      clientDistPath: props.clientDistPath,
      removalPolicy,
    });
  }
}
