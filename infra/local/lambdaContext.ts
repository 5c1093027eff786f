import type { Context } from 'aws-lambda';

/** The function's configured timeout on AWS; `getRemainingTimeInMillis` counts down from it. */
const timeoutMs = 29_000;

/** A Lambda `Context` for one local invocation (names mirror the deployed function). */
export const lambdaContext = (awsRequestId: string, functionName = 'tunehub-api-local'): Context => {
  const deadline = Date.now() + timeoutMs;
  const fail = (): void => {
    throw new Error('callback-style Lambda completion is not supported; return a promise');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/[$LATEST]${awsRequestId.replaceAll('-', '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: fail,
    fail,
    succeed: fail,
  };
};
