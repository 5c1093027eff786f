import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEvent } from 'aws-lambda';

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

/** What varies between two REST API proxy events; everything else is API Gateway's fixed shape. */
export interface RestProxyEventParts {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly multiValueHeaders: Record<string, string[]>;
  readonly query?: URLSearchParams;
  readonly body: string | null;
  /** The authorizer's claims (all strings), or null for an unauthorized route. */
  readonly claims: Record<string, string> | null;
  readonly stage: string;
  readonly sourceIp: string;
  readonly userAgent: string | null;
  readonly protocol?: string;
  readonly host?: string;
  readonly requestId?: string;
}

/**
 * The event a REST API (Lambda proxy integration, Cognito user-pool authorizer) sends: the one
 * builder behind the local gateway, the integration tests and the Lambda bench.
 */
export const restProxyEvent = (parts: RestProxyEventParts): APIGatewayProxyEvent => {
  const now = new Date();
  const query = queryMaps(parts.query ?? new URLSearchParams());
  const host = parts.host ?? 'localhost';
  return {
    resource: parts.path,
    path: parts.path,
    httpMethod: parts.method,
    headers: parts.headers,
    multiValueHeaders: parts.multiValueHeaders,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: null,
    stageVariables: null,
    body: parts.body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      resourceId: 'local',
      resourcePath: parts.path,
      httpMethod: parts.method,
      path: `/${parts.stage}${parts.path}`,
      stage: parts.stage,
      protocol: parts.protocol ?? 'HTTP/1.1',
      requestId: parts.requestId ?? randomUUID(),
      extendedRequestId: randomUUID(),
      requestTime: requestTime(now),
      requestTimeEpoch: now.getTime(),
      domainName: host,
      domainPrefix: host.split(/[.:]/)[0] ?? host,
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
        sourceIp: parts.sourceIp,
        user: null,
        userAgent: parts.userAgent,
        userArn: null,
      },
      authorizer: parts.claims ? { claims: parts.claims } : null,
    },
  };
};

/** A JSON request's header maps from a plain record (one value per header). */
export const jsonHeaders = (headers: Record<string, string>) => ({
  headers,
  multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
});

/** The event for a request the local gateway received and the authorizer accepted. */
export const proxyEvent = (input: ProxyEventInput): APIGatewayProxyEvent => {
  const { req } = input;
  const url = new URL(req.url ?? '/', 'http://localhost');
  return restProxyEvent({
    method: req.method ?? 'POST',
    path: url.pathname,
    ...headerMaps(req.rawHeaders),
    query: url.searchParams,
    body: input.body === '' ? null : input.body,
    claims: input.claims,
    stage: input.stage,
    sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
    userAgent: req.headers['user-agent'] ?? null,
    protocol: `HTTP/${req.httpVersion}`,
    host: req.headers.host ?? 'localhost',
    ...(input.requestId ? { requestId: input.requestId } : {}),
  });
};
