// s3rver ships no types; this covers the part of its API the local stack uses.
declare module 's3rver' {
  import type { Server } from 'node:http';

  export interface S3rverBucket {
    readonly name: string;
    /** CORS or website configuration documents (XML). */
    readonly configs?: readonly (string | Buffer)[];
  }

  export interface S3rverOptions {
    readonly address?: string;
    readonly port?: number;
    readonly silent?: boolean;
    readonly directory?: string;
    readonly resetOnClose?: boolean;
    readonly allowMismatchedSignatures?: boolean;
    readonly vhostBuckets?: boolean;
    readonly configureBuckets?: readonly S3rverBucket[];
  }

  export default class S3rver {
    constructor(options?: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    httpServer?: Server;
  }
}
