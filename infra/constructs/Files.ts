import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Where `createTrackUpload` lets a browser POST, and `createTrack` copies committed files from. */
export const uploadsPrefix = 'uploads/';
/** Committed audio and covers, read through presigned GETs. */
export const mediaPrefix = 'media/';

export interface FilesProps {
  /**
   * Physical bucket name. Known before the bucket exists so the web CSP can name it without a
   * dependency cycle (the bucket's CORS names the web origin, the web CSP names the bucket).
   */
  readonly bucketName: string;
  /** Origin of the web app (`https://…`), the only origin allowed to POST uploads and GET media. */
  readonly webOrigin: string;
  /**
   * What happens to the bucket (every uploaded file) when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** The S3 bucket of uploads (`uploads/`) and committed media (`media/`). */
export class Files extends Construct {
  public readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: FilesProps) {
    super(scope, id);
    // RETAIN: users' uploads outlive the stack.
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.bucket = new Bucket(this, 'Bucket', {
      bucketName: props.bucketName,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      cors: [
        // Presigned POST uploads straight from the browser; S3 checks the signed policy.
        {
          allowedMethods: [HttpMethods.POST],
          allowedOrigins: [props.webOrigin],
          allowedHeaders: ['*'],
          maxAge: 3000,
        },
        // Streaming: <audio> seeks with Range requests; players read length and range headers.
        {
          allowedMethods: [HttpMethods.GET, HttpMethods.HEAD],
          allowedOrigins: [props.webOrigin],
          allowedHeaders: ['Range'],
          exposedHeaders: ['Accept-Ranges', 'Content-Range', 'Content-Length', 'ETag'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // createTrack copies a committed file to media/, so whatever is still under uploads/ after a
        // day was never committed (abandoned or refused) and only costs storage.
        { id: 'expire-uncommitted-uploads', prefix: uploadsPrefix, expiration: Duration.days(1) },
      ],
      removalPolicy,
      autoDeleteObjects: removalPolicy === RemovalPolicy.DESTROY,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Every seek of every stream is a ranged GET, so server access logs would grow with listening time and cost more than the app. API Gateway access logs record who asked for which file; enable CloudTrail S3 data events for an object-level audit.',
    });
  }
}
