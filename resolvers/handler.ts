import { readConfig } from './config.ts';
import { createLambdaHandler } from './lambda.ts';

/** The Lambda entry point (API Gateway REST API, Cognito authorizer): POST /graphql. */
export const handler = createLambdaHandler(readConfig());
