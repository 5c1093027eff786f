import { authExchange } from '@urql/exchange-auth';
import { Client, fetchExchange } from 'urql';
import type { AuthSession } from '../auth/AuthSession.ts';
import { createCache } from './createCache.ts';
import { isAuthError } from './isAuthError.ts';

/** What the GraphQL client needs from the auth layer. */
export interface ClientAuth {
  /** The session the client starts with. */
  readonly session: AuthSession;
  /** A fresh session (forcing a token refresh), or null / a rejection when the refresh token is gone. */
  refresh(): Promise<AuthSession | null>;
  /** Called when a refresh fails: the app signs the user out. */
  onRefreshFailed(): void;
}

/** Refresh this long before the ID token expires, so no request races its expiry. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * Creates the urql client for one signed-in user: graphcache, then the auth exchange (ID token in the
 * `Authorization` header, refreshed before expiry or after a 401/UNAUTHENTICATED, sign-out when the refresh
 * fails), then fetch. A new user gets a new client, so no cached data crosses accounts.
 */
export function createUrqlClient(url: string, auth: ClientAuth): Client {
  let session: AuthSession | null = auth.session;
  return new Client({
    url,
    // Queries as POST: Apollo's CSRF prevention refuses simple GETs, and API Gateway routes POST only.
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    exchanges: [
      createCache(),
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          return session ? utils.appendHeaders(operation, { Authorization: session.idToken }) : operation;
        },
        willAuthError() {
          return !session || session.expiresAt - EXPIRY_MARGIN_MS < Date.now();
        },
        didAuthError(error) {
          return isAuthError(error);
        },
        async refreshAuth() {
          session = await auth.refresh().catch(() => null);
          if (!session) auth.onRefreshFailed();
        },
      })),
      fetchExchange,
    ],
  });
}
