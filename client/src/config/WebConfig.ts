/**
 * The runtime configuration served at `/config.json` (by the local gateway, or by CloudFront from the
 * web bucket), so one build serves every environment. The CDK stack owns the shape.
 */
export type { WebConfig } from '../../../infra/webConfig.ts';
