import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { CognitoAuthorizer } from './cognitoAuthorizer.ts';
import { lambdaContext } from './lambdaContext.ts';
import { operationName } from './operationName.ts';
import { proxyEvent } from './proxyEvent.ts';
import { readBody } from './readBody.ts';
import type { StaticFile } from './staticFiles.ts';

/** The Lambda handler's signature behind a REST API proxy integration. */
export type ProxyHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

export interface GatewayOptions {
  readonly port: number;
  readonly stage: string;
  readonly authorize: CognitoAuthorizer;
  /** Resolved on first use, so the gateway can listen before the handler module is imported. */
  readonly handler: () => Promise<ProxyHandler>;
  /** Origins that may call the API from a browser (the web client); the explorer is same-origin. */
  readonly allowedOrigins: readonly string[];
  /** `GET <path>` routes besides the API: `/config.json`, the explorer's files. */
  readonly files: () => ReadonlyMap<string, StaticFile>;
  readonly log: (line: string) => void;
}

export interface RunningGateway {
  readonly url: string;
  /** How many times the handler was invoked: proves a refused request never reached it. */
  readonly invocations: () => number;
  stop(): Promise<void>;
}

/** The API Gateway REST API's body limit is 10 MB; Tunehub's own limit (DESIGN §4) is 100 KB. */
export const maxBodyBytes = 100 * 1024;

const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

/**
 * The stand-in for API Gateway + the Cognito authorizer: `POST /graphql` is verified, turned into a
 * real proxy event and handed to the real handler; anything refused never reaches it.
 */
export const startGateway = async (options: GatewayOptions): Promise<RunningGateway> => {
  let invocations = 0;
  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    return origin && options.allowedOrigins.includes(origin)
      ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
      : { Vary: 'Origin' };
  };

  /** Answers `POST /graphql`; resolves with the operation name for the log line. */
  const graphql = async (
    req: IncomingMessage,
    res: ServerResponse,
    cors: Record<string, string>,
  ): Promise<string | undefined> => {
    const claims = options.authorize(req.headers.authorization);
    if (!claims) {
      json(res, 401, { message: 'Unauthorized' }, cors);
      return undefined;
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === undefined) {
      json(res, 413, { message: 'Request Too Long' }, { ...cors, Connection: 'close' });
      return undefined;
    }
    const opName = operationName(body);
    const handler = await options.handler();
    const event = proxyEvent({ req, body, claims, stage: options.stage });
    invocations += 1;
    let result: APIGatewayProxyResult;
    try {
      result = await handler(event, lambdaContext(randomUUID()));
    } catch (err) {
      // API Gateway answers a failed invocation with 502; the cause only goes to the (local) logs.
      options.log(`handler threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      json(res, 502, { message: 'Internal server error' }, cors);
      return opName;
    }
    const headers = { ...result.multiValueHeaders, ...result.headers };
    for (const [k, v] of Object.entries(headers))
      res.setHeader(k, Array.isArray(v) ? v.map(String) : String(v));
    if (!res.hasHeader('access-control-allow-origin'))
      for (const [k, v] of Object.entries(cors)) res.setHeader(k, v);
    res.statusCode = result.statusCode;
    res.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
    return opName;
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<string | undefined> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const cors = corsHeaders(req);
    if (path === '/graphql' && req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers':
          'Authorization, Content-Type, Apollo-Require-Preflight, X-Apollo-Operation-Name, Apollo-Query-Plan-Experimental',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return undefined;
    }
    if (path === '/graphql' && req.method === 'POST') return graphql(req, res, cors);
    const file = req.method === 'GET' || req.method === 'HEAD' ? options.files().get(path) : undefined;
    if (file) {
      res.writeHead(200, {
        'Content-Type': file.contentType,
        'Content-Length': String(file.body.length),
        'Cache-Control': 'no-cache',
        ...cors,
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
      return undefined;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return undefined;
    }
    // What API Gateway answers for a method or resource it does not define.
    json(res, 403, { message: 'Missing Authentication Token' }, cors);
    return undefined;
  };

  const server = http.createServer((req, res) => {
    const started = performance.now();
    let op: string | undefined;
    res.on('finish', () => {
      const ms = (performance.now() - started).toFixed(0);
      options.log(`${req.method} ${req.url} ${res.statusCode} ${ms} ms${op ? ` ${op}` : ''}`);
    });
    route(req, res).then(
      (name) => {
        op = name;
      },
      (err: unknown) => {
        options.log(`gateway error: ${err instanceof Error ? err.message : String(err)}`);
        if (!res.headersSent) json(res, 500, { message: 'Internal server error' });
        else res.destroy();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://localhost:${options.port}`,
    invocations: () => invocations,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
