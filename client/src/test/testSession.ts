import type { AuthSession } from '../auth/AuthSession.ts';

/** A session for client tests; `expiresInMs` may be negative for an expired token. */
export function testSession(idToken = 'token-1', expiresInMs = 3_600_000): AuthSession {
  return {
    idToken,
    userId: 'user-1',
    email: 'a@example.com',
    groups: [],
    expiresAt: Date.now() + expiresInMs,
  };
}
