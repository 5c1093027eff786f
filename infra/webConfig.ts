/**
 * The runtime configuration the web client fetches as `/config.json` at start-up. The CDK stack
 * writes it at deploy time (`infra/constructs/Web.ts`) and the local stack serves the same shape,
 * so one client build runs against every stage. Plain type on purpose: no CDK import here.
 */
export interface WebConfig {
  /** Absolute URL of the GraphQL endpoint (`POST`). */
  readonly graphqlUrl: string;
  /** AWS region of the user pool and the file bucket. */
  readonly region: string;
  readonly userPoolId: string;
  /** The public web app client (no secret). */
  readonly userPoolClientId: string;
  /** Name of the S3 bucket that holds uploads and media. */
  readonly fileBucket: string;
  /**
   * Sign-in flow the client must use: SRP on AWS (the password never leaves the browser);
   * `USER_PASSWORD_AUTH` locally, because cognito-local does not implement SRP.
   */
  readonly authFlow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
  /** Cognito endpoint override (cognito-local); absent on AWS. */
  readonly cognitoEndpoint?: string;
}
