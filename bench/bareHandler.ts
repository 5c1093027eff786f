import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { graphql } from 'graphql';
import { readConfig } from '../resolvers/config.ts';
import { createRequestContext, createServices } from '../resolvers/context.ts';
import { identityFromClaims } from '../resolvers/identity.ts';
import { buildSchema } from '../resolvers/schema.ts';

/**
 * The baseline of the cold-start ratio: Tunehub's schema, resolvers, SDK clients and per-request
 * context, executed with graphql-js `graphql()` directly, without Apollo Server, its Lambda
 * integration, plugins or limits. Bundled with the same esbuild options as the real handler.
 */
const config = readConfig();
const services = createServices(config);
const schema = buildSchema();

interface GraphqlBody {
  readonly query?: unknown;
  readonly variables?: unknown;
  readonly operationName?: unknown;
}

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const identity = identityFromClaims(
    event.requestContext.authorizer?.claims,
    event.requestContext.identity.sourceIp,
  );
  if (!identity) return { statusCode: 401, body: '' };
  const body: GraphqlBody = JSON.parse(event.body ?? '{}');
  const result = await graphql({
    schema,
    source: typeof body.query === 'string' ? body.query : '',
    variableValues:
      typeof body.variables === 'object' ? (body.variables as Record<string, unknown> | null) : null,
    operationName: typeof body.operationName === 'string' ? body.operationName : null,
    contextValue: createRequestContext(services, identity, event.requestContext.requestId),
  });
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(result) };
};
