import { randomUUID } from 'node:crypto';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { asCommonJsServer } from './apolloInterop.ts';
import type { Config } from './config.ts';
import { createRequestContext, createServices } from './context.ts';
import type { Db } from './data/client.ts';
import { unauthenticated } from './errors.ts';
import { identityFromClaims } from './identity.ts';
import { createApolloServer } from './server.ts';

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
