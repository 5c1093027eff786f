import { jsonHeaders, restProxyEvent } from '../infra/local/proxyEvent.ts';
import type { APIGatewayProxyEvent } from 'aws-lambda';

/** The ID-token claims API Gateway's Cognito authorizer puts into `requestContext.authorizer.claims`. */
export interface TestClaims {
  readonly sub: string;
  readonly email: string;
}

/**
 * A REST API (v1) proxy event for `POST /graphql` as API Gateway sends it after the Cognito
 * authorizer accepted an ID token: the same contract the deployed Lambda receives.
 */
export const graphqlProxyEvent = (claims: TestClaims, query: string): APIGatewayProxyEvent =>
  restProxyEvent({
    method: 'POST',
    path: '/graphql',
    ...jsonHeaders({ 'content-type': 'application/json', host: 'api.example.test' }),
    body: JSON.stringify({ query }),
    claims: {
      sub: claims.sub,
      email: claims.email,
      email_verified: 'true',
      'cognito:username': claims.sub,
      token_use: 'id',
      iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_bench',
      aud: 'bench-client',
    },
    stage: 'prod',
    sourceIp: '127.0.0.1',
    userAgent: 'tunehub-bench',
    host: 'api.example.test',
  });
