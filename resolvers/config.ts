/**
 * Everything the handler reads from its environment, read once per cold start. The CDK stack and
 * the local stack set the same variables; only endpoints differ.
 */
export interface Config {
  readonly tableName: string;
  readonly fileBucket: string;
  readonly region: string;
  /** DynamoDB endpoint override (DynamoDB Local); unset on AWS. */
  readonly dynamoDbEndpoint: string | undefined;
  /** S3 endpoint override (s3rver); unset on AWS. Path-style addressing is used when set. */
  readonly s3Endpoint: string | undefined;
  /** Secret that signs paging cursors so a tampered cursor is refused. */
  readonly cursorSecret: string;
  /** `local` turns on introspection and field suggestions; anything else is production. */
  readonly stage: string;
  /** How long history entries live before TTL removes them. */
  readonly historyTtlDays: number;
}

const positiveNumber = (raw: string | undefined, fallback: number): number => {
  const n = raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

export const readConfig = (env: NodeJS.ProcessEnv = process.env): Config => ({
  tableName: env.TABLE_NAME ?? 'tunehub',
  fileBucket: env.FILE_BUCKET ?? 'tunehub-files',
  region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
  dynamoDbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
  s3Endpoint: env.S3_ENDPOINT || undefined,
  // The fallback only serves local runs; the CDK stack always sets CURSOR_SECRET.
  cursorSecret: env.CURSOR_SECRET ?? 'tunehub-local-cursor-secret',
  stage: env.TUNEHUB_STAGE ?? 'production',
  historyTtlDays: positiveNumber(env.HISTORY_TTL_DAYS, 365),
});

export const isProduction = (config: Config): boolean => config.stage !== 'local';
