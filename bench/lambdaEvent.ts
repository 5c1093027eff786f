import { randomUUID } from 'node:crypto';
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
export const graphqlProxyEvent = (claims: TestClaims, query: string): APIGatewayProxyEvent => {
  const requestId = randomUUID();
  const headers = { 'content-type': 'application/json', host: 'api.example.test' };
  return {
    resource: '/graphql',
    path: '/graphql',
    httpMethod: 'POST',
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    body: JSON.stringify({ query }),
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      authorizer: {
        claims: {
          sub: claims.sub,
          email: claims.email,
          email_verified: 'true',
          'cognito:username': claims.sub,
          token_use: 'id',
          iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_bench',
          aud: 'bench-client',
        },
      },
      httpMethod: 'POST',
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
        sourceIp: '127.0.0.1',
        user: null,
        userAgent: 'tunehub-bench',
        userArn: null,
      },
      path: '/prod/graphql',
      protocol: 'HTTP/1.1',
      requestId,
      requestTimeEpoch: Date.now(),
      resourceId: 'bench',
      resourcePath: '/graphql',
      stage: 'prod',
    },
  };
};
