import { type CfnElement, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * How cdk-nag names a `Fn::GetAtt <resource>.Arn` inside an IAM finding id, e.g.
 * `<FilesBucket7C17EE2E.Arn>`; computed from the construct so the acknowledgement follows renames.
 */
export const arnToken = (resource: IConstruct): string => {
  const cfn = resource.node.defaultChild as CfnElement;
  return `<${Stack.of(resource).getLogicalId(cfn)}.Arn>`;
};

/** The finding id of one wildcard resource of AwsSolutions-IAM5. */
export const wildcardResource = (resource: string): string => `AwsSolutions-IAM5[Resource::${resource}]`;

/** The finding id of one wildcard action of AwsSolutions-IAM5. */
export const wildcardAction = (action: string): string => `AwsSolutions-IAM5[Action::${action}]`;
