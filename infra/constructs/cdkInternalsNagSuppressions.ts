import type { Stack } from 'aws-cdk-lib';

/** Placeholder; filled after the first nag run. */
export const suppressCdkInternals = (_stack: Stack): void => {};
