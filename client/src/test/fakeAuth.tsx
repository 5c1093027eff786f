import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { AuthApi } from '../auth/AuthApi.ts';
import { AuthContext, type AuthState } from '../auth/AuthContext.ts';

/** An AuthApi whose methods are mocks (each resolves by default). */
export function fakeAuthApi(overrides: Partial<AuthApi> = {}): AuthApi {
  return {
    currentSession: vi.fn(async () => null),
    signIn: vi.fn(async () => 'signedIn' as const),
    signUp: vi.fn(async () => true),
    confirmSignUp: vi.fn(async () => undefined),
    resendSignUpCode: vi.fn(async () => undefined),
    resetPassword: vi.fn(async () => undefined),
    confirmResetPassword: vi.fn(async () => undefined),
    signOut: vi.fn(async () => undefined),
    ...overrides,
  };
}

/** Provides a signed-out auth state around `children`, with the given api. */
export function SignedOut({
  api,
  reload,
  children,
}: {
  api: AuthApi;
  reload?: AuthState['reload'];
  children: ReactNode;
}) {
  const state: AuthState = {
    api,
    status: 'signedOut',
    session: null,
    reload: reload ?? (async () => null),
    signOut: async () => undefined,
  };
  return <AuthContext value={state}>{children}</AuthContext>;
}
