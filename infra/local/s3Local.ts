import { mkdir } from 'node:fs/promises';
import S3rver from 's3rver';

export interface S3LocalOptions {
  readonly port: number;
  /** Where s3rver keeps buckets and objects (one directory per bucket). */
  readonly directory: string;
  readonly bucket: string;
  /** Origins a browser may upload from and stream from (the web client, the explorer). */
  readonly allowedOrigins: readonly string[];
}

export interface RunningS3Local {
  /** Path-style endpoint, e.g. `http://localhost:4569` (the handler's S3_ENDPOINT). */
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * The bucket's CORS rule: what the web client needs for a presigned POST upload and for streaming
 * with `Range` from a presigned GET (it reads Content-Range / Accept-Ranges to seek).
 */
export const corsConfiguration = (origins: readonly string[]): string =>
  [
    '<CORSConfiguration><CORSRule>',
    ...origins.map((o) => `<AllowedOrigin>${o}</AllowedOrigin>`),
    ...['GET', 'HEAD', 'POST'].map((m) => `<AllowedMethod>${m}</AllowedMethod>`),
    '<AllowedHeader>*</AllowedHeader>',
    ...['ETag', 'Content-Length', 'Content-Range', 'Accept-Ranges'].map(
      (h) => `<ExposeHeader>${h}</ExposeHeader>`,
    ),
    '<MaxAgeSeconds>3000</MaxAgeSeconds>',
    '</CORSRule></CORSConfiguration>',
  ].join('');

/** Runs s3rver in this process with the file bucket and its CORS rule (re-applied on every start). */
export const startS3Local = async (options: S3LocalOptions): Promise<RunningS3Local> => {
  await mkdir(options.directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    silent: true,
    directory: options.directory,
    vhostBuckets: false,
    configureBuckets: [{ name: options.bucket, configs: [corsConfiguration(options.allowedOrigins)] }],
  });
  await server.run();
  return {
    endpoint: `http://localhost:${options.port}`,
    stop: () => server.close(),
  };
};
