/**
 * The runtime configuration served at `/config.json` (by the local gateway, or by CloudFront from the
 * web bucket), so one build serves every environment. Mirrors the CDK helper's `infra/webConfig.ts`.
 */
export interface WebConfig {
  readonly graphqlUrl: string;
  readonly region: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  readonly fileBucket: string;
  /** SRP on AWS; cognito-local only speaks USER_PASSWORD_AUTH. */
  readonly authFlow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
  /** A custom Cognito endpoint (cognito-local); absent on AWS. */
  readonly cognitoEndpoint?: string;
}
