import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import type { AuthApi } from './AuthApi.ts';
import { AuthContext, type AuthState } from './AuthContext.ts';
import type { AuthSession } from './AuthSession.ts';

/** Provides {@link AuthState}: checks the stored session once, then follows sign-in and sign-out. */
export function AuthProvider({ api, children }: { api: AuthApi; children: ReactNode }) {
  const [status, setStatus] = useState<AuthState['status']>('loading');
  const [session, setSession] = useState<AuthSession | null>(null);

  const reload = useCallback(async () => {
    const next = await api.currentSession().catch(() => null);
    setSession(next);
    setStatus(next ? 'signedIn' : 'signedOut');
    return next;
  }, [api]);

  const signOut = useCallback(async () => {
    await api.signOut().catch(() => undefined);
    setSession(null);
    setStatus('signedOut');
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const value = useMemo<AuthState>(
    () => ({ api, status, session, reload, signOut }),
    [api, status, session, reload, signOut],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}
