/**
 * Domain errors raised by the data layer. They carry no GraphQL; `resolvers/errors.ts` maps each
 * to its client-visible code in one place.
 */

export class ItemNotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
    options?: ErrorOptions,
  ) {
    super(`${entity} ${id} not found`, options);
    this.name = 'ItemNotFoundError';
  }
}

export class NotOwnerError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
    options?: ErrorOptions,
  ) {
    super(`only the owner may change ${entity} ${id}`, options);
    this.name = 'NotOwnerError';
  }
}

/** A conditional write lost to a concurrent change (e.g. a stale `expectedVersion`). */
export class VersionConflictError extends Error {
  constructor(
    message: string,
    readonly currentVersion: number | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'VersionConflictError';
  }
}

/** Optimistic retries ran out because too many writers hit the same item at once. */
export class ContentionError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ContentionError';
  }
}

/** A request that the data rules refuse (e.g. a position outside the list). */
export class InvalidRequestError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'InvalidRequestError';
  }
}

/** Names of the SDK errors that mean "slow down": DynamoDB throttled us even after SDK retries. */
export const THROTTLING_ERROR_NAMES: ReadonlySet<string> = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
]);

/**
 * The error for a caller who does not own a playlist: a private one is reported as not found, so
 * its existence stays hidden exactly as `playlist(id)` hides it; a public one as not the owner's.
 */
export const notOwnedPlaylist = (
  playlist: { id: string; isPublic: boolean },
  options?: ErrorOptions,
): Error =>
  playlist.isPublic
    ? new NotOwnerError('Playlist', playlist.id, options)
    : new ItemNotFoundError('Playlist', playlist.id, options);
