import type { CombinedError } from 'urql';

/**
 * Whether a failed operation means "your token is no good": the gateway's authorizer answers 401 before
 * the API runs, the API itself answers `UNAUTHENTICATED`.
 */
export function isAuthError(error: CombinedError): boolean {
  return (
    error.response?.status === 401 ||
    error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  );
}
