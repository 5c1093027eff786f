import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import S3rver from 's3rver';
import { ensureTable, freePort, localDynamoDbClient } from '../../infra/local/dynamodbLocal.ts';
import { jsonHeaders, restProxyEvent } from '../../infra/local/proxyEvent.ts';

/** A signed-in caller as the Cognito authorizer would describe them. */
export interface TestUser {
  readonly sub: string;
  readonly email: string;
  readonly name?: string;
  readonly groups?: readonly string[];
}

export const newUser = (label: string, groups: readonly string[] = []): TestUser => ({
  sub: crypto.randomUUID(),
  email: `${label}-${Math.random().toString(36).slice(2, 8)}@example.com`,
  name: label,
  groups,
});

/** The claims API Gateway's REST Cognito authorizer puts in `requestContext.authorizer.claims` (all strings). */
export const claimsOf = (user: TestUser): Record<string, string> => ({
  sub: user.sub,
  email: user.email,
  email_verified: 'true',
  'cognito:username': user.sub,
  ...(user.name ? { name: user.name } : {}),
  ...(user.groups?.length ? { 'cognito:groups': user.groups.join(',') } : {}),
  token_use: 'id',
  iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_test',
  aud: 'test-client',
  auth_time: String(Math.floor(Date.now() / 1000)),
  exp: String(Math.floor(Date.now() / 1000) + 3600),
});

/** A real API Gateway REST proxy event for POST /graphql (the local gateway's own builder). */
export const graphqlEvent = (
  body: string,
  claims: Record<string, string> | null,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): APIGatewayProxyEvent =>
  restProxyEvent({
    method: 'POST',
    path: '/graphql',
    ...jsonHeaders(headers),
    body,
    claims,
    stage: 'prod',
    sourceIp: '127.0.0.1',
    userAgent: 'vitest',
  });

export const lambdaContext = (): Context => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'tunehub-graphql',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:tunehub-graphql',
  memoryLimitInMB: '1024',
  awsRequestId: crypto.randomUUID(),
  logGroupName: '/aws/lambda/tunehub-graphql',
  logStreamName: 'local',
  getRemainingTimeInMillis: () => 30_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});

export type LambdaHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

export interface GraphQLResponse {
  readonly status: number;
  readonly data: Record<string, unknown> | null | undefined;
  readonly errors: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] | undefined;
}

/**
 * One test file's backend: its own table on the shared DynamoDB Local, an in-process s3rver with the
 * file bucket, and the real `handler` module imported with that environment.
 */
export const startApi = async (dynamoDbEndpoint?: string) => {
  const tableName = `t${crypto.randomUUID().replaceAll('-', '')}`;
  // Under vitest the global setup provides the shared DynamoDB Local; the bench passes its own.
  const endpoint = dynamoDbEndpoint ?? (await import('vitest')).inject('dynamoDbEndpoint');
  await ensureTable(localDynamoDbClient(endpoint), tableName);
  const s3Dir = await mkdtemp(path.join(tmpdir(), 'tunehub-s3-'));
  const s3Port = await freePort();
  const bucket = 'tunehub-files';
  const s3 = new S3rver({
    port: s3Port,
    address: '127.0.0.1',
    silent: true,
    directory: s3Dir,
    configureBuckets: [{ name: bucket }],
  });
  await s3.run();
  Object.assign(process.env, {
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    FILE_BUCKET: bucket,
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    CURSOR_SECRET: 'test-secret',
    TUNEHUB_STAGE: 'production',
  });
  const { handler } = (await import('../../resolvers/handler.ts')) as { handler: LambdaHandler };

  const send = async (event: APIGatewayProxyEvent): Promise<GraphQLResponse> => {
    const result = await handler(event, lambdaContext());
    const parsed: unknown = result.body ? JSON.parse(result.body) : {};
    const body = typeof parsed === 'object' && parsed !== null ? (parsed as Partial<GraphQLResponse>) : {};
    return { status: result.statusCode, data: body.data, errors: body.errors };
  };

  return {
    tableName,
    dynamoDbEndpoint: endpoint,
    s3Endpoint: `http://127.0.0.1:${s3Port}`,
    bucket,
    handler,
    send,
    /** Runs one operation as `user` (or with no claims at all when null). */
    gql: (user: TestUser | null, query: string, variables: Record<string, unknown> = {}) =>
      send(graphqlEvent(JSON.stringify({ query, variables }), user ? claimsOf(user) : null)),
    async stop() {
      await s3.close();
      await rm(s3Dir, { recursive: true, force: true });
    },
  };
};

export type Api = Awaited<ReturnType<typeof startApi>>;
