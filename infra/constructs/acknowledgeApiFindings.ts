import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Validations } from 'aws-cdk-lib';

/** cdk-nag findings on the REST API that are deliberate, each with its reason. */
export const acknowledgeApiFindings = (api: RestApi): void => {
  Validations.of(api).acknowledge(
    {
      id: 'AwsSolutions-APIG3',
      reason:
        'AWS WAF costs a fixed monthly fee per web ACL plus per request; stage throttling, the Cognito authorizer (401 before the Lambda) and the request-body model bound abuse. Associate a web ACL for a high-traffic deployment.',
    },
    {
      id: 'AwsSolutions-APIG4',
      reason:
        'Only the CORS preflight OPTIONS method is unauthenticated: browsers send preflights without credentials by specification, and its mock integration returns headers only. POST /graphql uses the Cognito authorizer.',
    },
    {
      id: 'AwsSolutions-COG4',
      reason:
        'Only the CORS preflight OPTIONS method has no Cognito authorizer (browsers send it without credentials); POST /graphql uses the Cognito user-pool authorizer.',
    },
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      reason:
        'The account-level API Gateway logging role uses AmazonAPIGatewayPushToCloudWatchLogs, the AWS-maintained policy made for exactly this role; it grants log writes only.',
    },
  );
};
