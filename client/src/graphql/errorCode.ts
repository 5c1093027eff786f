import type { CombinedError } from 'urql';

/** The API's error codes (DESIGN §2), plus `NETWORK` for failures before any GraphQL response. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

const known = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

/**
 * The code of the first GraphQL error, or `NETWORK` when the request itself failed (offline, 401 from the
 * gateway, 5xx). Unknown codes count as `INTERNAL_SERVER_ERROR`.
 */
export function errorCode(error: CombinedError): ApiErrorCode {
  if (error.networkError) return error.response?.status === 401 ? 'UNAUTHENTICATED' : 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' && known.has(code) ? (code as ApiErrorCode) : 'INTERNAL_SERVER_ERROR';
}
