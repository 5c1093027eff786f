import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyWithCognitoAuthorizerEvent } from 'aws-lambda';

export interface ProxyEventInput {
  readonly req: IncomingMessage;
  readonly body: string;
  /** Claims from the authorizer, already in API Gateway's all-strings form. */
  readonly claims: Record<string, string>;
  readonly stage: string;
  readonly requestId?: string;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** API Gateway's `requestTime` format: `09/Apr/2015:12:34:56 +0000`. */
export const requestTime = (d: Date): string =>
  `${two(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:` +
  `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;

/** Headers with the client's spelling, as API Gateway passes them: last value wins in `headers`. */
const headerMaps = (raw: readonly string[]) => {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    const value = raw[i + 1] as string;
    headers[name] = value;
    const list = multiValueHeaders[name] ?? [];
    list.push(value);
    multiValueHeaders[name] = list;
  }
  return { headers, multiValueHeaders };
};

const queryMaps = (search: URLSearchParams) => {
  if ([...search.keys()].length === 0) return { single: null, multi: null };
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [k, v] of search) {
    single[k] = v;
    multi[k] = [...(multi[k] ?? []), v];
  }
  return { single, multi };
};

/**
 * The event a REST API (Lambda proxy integration, Cognito user-pool authorizer) sends for
 * `POST /graphql`: same fields, same string-only claims, a fresh request id.
 */
export const proxyEvent = (input: ProxyEventInput): APIGatewayProxyWithCognitoAuthorizerEvent => {
  const { req } = input;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const now = new Date();
  const { headers, multiValueHeaders } = headerMaps(req.rawHeaders);
  const query = queryMaps(url.searchParams);
  const sourceIp = (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  return {
    resource: url.pathname,
    path: url.pathname,
    httpMethod: req.method ?? 'POST',
    headers,
    multiValueHeaders,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: null,
    stageVariables: null,
    body: input.body === '' ? null : input.body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      resourceId: 'local',
      resourcePath: url.pathname,
      httpMethod: req.method ?? 'POST',
      path: `/${input.stage}${url.pathname}`,
      stage: input.stage,
      protocol: `HTTP/${req.httpVersion}`,
      requestId: input.requestId ?? randomUUID(),
      extendedRequestId: randomUUID(),
      requestTime: requestTime(now),
      requestTimeEpoch: now.getTime(),
      domainName: req.headers.host ?? 'localhost',
      domainPrefix: (req.headers.host ?? 'localhost').split(/[.:]/)[0],
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp,
        user: null,
        userAgent: req.headers['user-agent'] ?? null,
        userArn: null,
      },
      authorizer: { claims: input.claims },
    },
  };
};
