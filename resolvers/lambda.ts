import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { asCommonJsServer } from './apolloInterop.ts';
import type { Config } from './config.ts';
import { createRequestContext, createServices } from './context.ts';
import type { Db } from './data/client.ts';
import { unauthenticated } from './errors.ts';
import { identityFromClaims } from './identity.ts';
import { createApolloServer } from './server.ts';

/** DESIGN §4: request bodies over 100 KB are refused before any parsing. */
export const MAX_BODY_BYTES = 100 * 1024;

const refuseLargeBodies = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult | undefined> => {
  const size = Buffer.byteLength(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  if (size <= MAX_BODY_BYTES) return undefined;
  return {
    statusCode: 413,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      errors: [
        { message: `Request body exceeds ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_USER_INPUT' } },
      ],
    }),
  };
};

/**
 * Builds the Lambda handler for API Gateway REST proxy events. Identity comes only from
 * `requestContext.authorizer.claims`, which API Gateway's Cognito authorizer fills after it verified
 * the token; without claims the request is refused as UNAUTHENTICATED. `db` lets tests pass a client
 * with fault-injection middleware.
 */
export const createLambdaHandler = (config: Config, db?: Db) => {
  const services = createServices(config, db);
  return startServerAndCreateLambdaHandler(
    asCommonJsServer(createApolloServer(config)),
    handlers.createAPIGatewayProxyEventRequestHandler(),
    {
      middleware: [refuseLargeBodies],
      context: async ({ event, context }) => {
        const identity = identityFromClaims(
          event.requestContext?.authorizer?.claims,
          event.requestContext?.identity?.sourceIp,
        );
        if (!identity) throw unauthenticated();
        const requestId = event.requestContext?.requestId ?? context.awsRequestId ?? randomUUID();
        return createRequestContext(services, identity, requestId);
      },
    },
  );
};
