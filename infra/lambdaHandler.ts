import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { handler as graphqlHandler } from '../resolvers/handler.ts';

/** The web app's origin (`https://…`), set by the stack; unset, no CORS headers are added. */
const webOrigin = process.env.WEB_ORIGIN;

/**
 * The deployed Lambda entry: Tunehub's GraphQL handler plus the CORS response headers. API
 * Gateway answers preflights and its own errors with CORS headers (`infra/constructs/Api.ts`),
 * but a REST API proxy integration passes the function's response through untouched, so the
 * function must name the origin itself. Locally the gateway in `infra/local` does this part.
 */
export const handler = async (
  event: APIGatewayProxyEvent,
  context: Context,
): Promise<APIGatewayProxyResult> => {
  const result = await graphqlHandler(event, context, () => undefined);
  if (!result) throw new Error('the GraphQL handler returned no result');
  if (!webOrigin) return result;
  return {
    ...result,
    headers: { ...result.headers, 'Access-Control-Allow-Origin': webOrigin, Vary: 'Origin' },
  };
};
