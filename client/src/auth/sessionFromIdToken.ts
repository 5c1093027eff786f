import type { AuthSession } from './AuthSession.ts';
import { decodeJwtPayload } from './decodeJwtPayload.ts';

/** Builds an {@link AuthSession} from a raw Cognito ID token. */
export function sessionFromIdToken(idToken: string): AuthSession {
  const claims = decodeJwtPayload(idToken);
  const groups = claims['cognito:groups'];
  return {
    idToken,
    userId: typeof claims.sub === 'string' ? claims.sub : '',
    email: typeof claims.email === 'string' ? claims.email : '',
    groups: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : 0,
  };
}
