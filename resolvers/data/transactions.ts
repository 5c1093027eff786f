import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.ts';

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

/** Why a transaction was cancelled, per item, in request order ('None' where that item was fine). */
export type CancellationCodes = readonly string[];

/** Thrown by `transact` when DynamoDB cancelled the transaction; `codes` tell which item failed. */
export class TransactionCancelledError extends Error {
  constructor(
    readonly codes: CancellationCodes,
    options?: ErrorOptions,
  ) {
    super(`transaction cancelled: ${codes.join(', ')}`, options);
    this.name = 'TransactionCancelledError';
  }

  /** True when item `index` failed its condition. */
  conditionFailed(index: number): boolean {
    return this.codes[index] === 'ConditionalCheckFailed';
  }

  /** True when another transaction or write raced this one (worth retrying). */
  get conflicted(): boolean {
    return this.codes.some((c) => c === 'TransactionConflict');
  }
}

const sendOnce = async (db: Db, items: TransactItems): Promise<void> => {
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (err) {
    if (err instanceof TransactionCanceledException) {
      const codes = (err.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
      throw new TransactionCancelledError(codes, { cause: err });
    }
    throw err;
  }
};

/**
 * Runs one TransactWriteItems; a cancellation becomes a `TransactionCancelledError` with its reasons.
 * A `TransactionConflict` (another transaction held one of the items: nothing was written) is sent
 * again with backoff, since the SDK does not retry cancellations itself; the conditions are
 * re-evaluated each time, so a retry can never overwrite a newer state.
 */
export const transact = (db: Db, items: TransactItems): Promise<void> =>
  withRetries(
    () => sendOnce(db, items),
    (err) =>
      err instanceof TransactionCancelledError &&
      err.conflicted &&
      !err.codes.includes('ConditionalCheckFailed'),
    (last) => (last instanceof Error ? last : new Error('transaction kept conflicting')),
    10,
  );

/**
 * Runs `attempt` until it succeeds, retrying (with jittered backoff) only when it throws an error
 * `isRetryable` accepts; optimistic writers use it to re-read and try again after losing a race.
 */
export const withRetries = async <T>(
  attempt: () => Promise<T>,
  isRetryable: (err: unknown) => boolean,
  onExhausted: (last: unknown) => Error,
  maxAttempts = 60,
): Promise<T> => {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!isRetryable(err)) throw err;
      if (i + 1 >= maxAttempts) throw onExhausted(err);
      await new Promise((r) => setTimeout(r, 2 + Math.random() * Math.min(200, 5 * 2 ** Math.min(i, 6))));
    }
  }
};
