import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyResult } from 'aws-lambda';
import type { ProxyHandler } from './gateway.ts';

/** The environment the CDK stack gives the Lambda, with the emulators' endpoints. */
export interface HandlerEnv {
  readonly TABLE_NAME: string;
  readonly FILE_BUCKET: string;
  readonly AWS_REGION: string;
  readonly DYNAMODB_ENDPOINT: string;
  readonly S3_ENDPOINT: string;
  readonly CURSOR_SECRET: string;
  readonly TUNEHUB_STAGE: string;
  readonly AWS_ACCESS_KEY_ID: string;
  readonly AWS_SECRET_ACCESS_KEY: string;
}

const handlerPath = path.resolve(import.meta.dirname, '../../resolvers/handler.ts');

/**
 * Imports the real Lambda handler (`resolvers/handler.ts`) after putting its environment in
 * `process.env`: the handler reads its config once, at import, as a cold start on AWS does.
 */
export const loadHandler = async (env: HandlerEnv): Promise<ProxyHandler> => {
  Object.assign(process.env, env);
  // A computed specifier: the module is loaded at run time like Lambda loads it, not bundled here.
  const mod: unknown = await import(pathToFileURL(handlerPath).href);
  const handler = typeof mod === 'object' && mod !== null ? Reflect.get(mod, 'handler') : undefined;
  if (typeof handler !== 'function') throw new Error(`${handlerPath} does not export a handler function`);
  return async (event, context) => asProxyResult(await handler(event, context, () => undefined));
};

/** Narrows what the handler resolved with; API Gateway answers 502 for anything else. */
export const asProxyResult = (value: unknown): APIGatewayProxyResult => {
  if (typeof value !== 'object' || value === null) throw new Error('the handler returned no result object');
  const statusCode: unknown = Reflect.get(value, 'statusCode');
  const body: unknown = Reflect.get(value, 'body');
  if (typeof statusCode !== 'number') throw new Error('the handler result has no numeric statusCode');
  if (typeof body !== 'string') throw new Error('the handler result body is not a string');
  const headers: unknown = Reflect.get(value, 'headers');
  const multiValueHeaders: unknown = Reflect.get(value, 'multiValueHeaders');
  return {
    statusCode,
    body,
    headers: stringMap(headers, (v) => (typeof v === 'string' ? v : String(v))),
    multiValueHeaders: stringMap(multiValueHeaders, (v) => (Array.isArray(v) ? v.map(String) : [String(v)])),
    isBase64Encoded: Reflect.get(value, 'isBase64Encoded') === true,
  };
};

const stringMap = <T>(value: unknown, convert: (v: unknown) => T): Record<string, T> | undefined =>
  typeof value === 'object' && value !== null
    ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]))
    : undefined;
