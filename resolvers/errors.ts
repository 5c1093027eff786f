import { GraphQLError } from 'graphql';
import {
  ContentionError,
  InvalidRequestError,
  ItemNotFoundError,
  NotOwnerError,
  THROTTLING_ERROR_NAMES,
  VersionConflictError,
} from './data/errors.ts';

/** The only codes a client ever sees in `extensions.code` (DESIGN §2). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export const CLIENT_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
]);

const error = (code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, status?: number) =>
  new GraphQLError(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });

export const unauthenticated = (message = 'Sign in to use Tunehub') =>
  error('UNAUTHENTICATED', message, {}, 401);
export const forbidden = (message: string) => error('FORBIDDEN', message);
export const notFound = (message: string) => error('NOT_FOUND', message);
/** `field` names the offending argument, e.g. `input.title`, so a form can show the error beside it. */
export const badInput = (field: string, message: string) => error('BAD_USER_INPUT', message, { field });
export const conflict = (message: string, currentVersion: number | null) =>
  error('CONFLICT', message, currentVersion === null ? {} : { currentVersion });
export const rateLimited = (message: string) => error('RATE_LIMITED', message);

/**
 * Maps a domain error from the data layer to its client error; returns null for anything else, which
 * the server then masks as INTERNAL_SERVER_ERROR.
 */
export const toClientError = (err: unknown): GraphQLError | null => {
  if (
    err instanceof GraphQLError &&
    typeof err.extensions.code === 'string' &&
    CLIENT_CODES.has(err.extensions.code)
  )
    return err;
  if (err instanceof ItemNotFoundError) return notFound(err.message);
  if (err instanceof NotOwnerError) return forbidden(err.message);
  if (err instanceof VersionConflictError) return conflict(err.message, err.currentVersion);
  if (err instanceof ContentionError) return rateLimited(err.message);
  if (err instanceof InvalidRequestError) return badInput('input', err.message);
  if (err instanceof Error && THROTTLING_ERROR_NAMES.has(err.name))
    return rateLimited('Too many requests; try again shortly');
  return null;
};
