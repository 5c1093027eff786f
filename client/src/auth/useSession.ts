import type { AuthSession } from './AuthSession.ts';
import { useAuth } from './useAuth.ts';

/**
 * The signed-in user's session, for components that only render while signed in.
 * @throws Error when nobody is signed in.
 */
export function useSession(): AuthSession {
  const { session } = useAuth();
  if (!session) throw new Error('useSession needs a signed-in user');
  return session;
}
