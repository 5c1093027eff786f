import { createContext } from 'react';
import type { AuthApi } from './AuthApi.ts';
import type { AuthSession } from './AuthSession.ts';

/** The auth state shared by the app. */
export interface AuthState {
  readonly api: AuthApi;
  /** `loading` until the stored session has been checked. */
  readonly status: 'loading' | 'signedOut' | 'signedIn';
  readonly session: AuthSession | null;
  /** Re-reads the session after a sign-in; resolves to it. */
  reload(): Promise<AuthSession | null>;
  /** Signs out (best effort with Cognito) and forgets the session locally in any case. */
  signOut(): Promise<void>;
}

/** Context for {@link AuthState}; provided by `AuthProvider`. */
export const AuthContext = createContext<AuthState | null>(null);
