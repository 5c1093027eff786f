import type { AuthSession } from './AuthSession.ts';

/** What a sign-in attempt needs next. */
export type SignInResult = 'signedIn' | 'confirmSignUp' | 'resetPassword';

/**
 * The auth operations the app uses, implemented by `cognitoAuth.ts` on top of `aws-amplify/auth`. Kept
 * as an interface so the heavy Amplify code loads in its own chunk, and so tests can supply a fake.
 * Every method rejects with the Cognito/Amplify error, which `describeAuthError` turns into a message.
 */
export interface AuthApi {
  /** The current session, refreshing tokens when they are expired (or when `forceRefresh`); null when signed out. */
  currentSession(forceRefresh?: boolean): Promise<AuthSession | null>;
  signIn(email: string, password: string): Promise<SignInResult>;
  /** Resolves true when a confirmation code was sent (the usual case). */
  signUp(email: string, password: string): Promise<boolean>;
  confirmSignUp(email: string, code: string): Promise<void>;
  resendSignUpCode(email: string): Promise<void>;
  resetPassword(email: string): Promise<void>;
  confirmResetPassword(email: string, code: string, newPassword: string): Promise<void>;
  signOut(): Promise<void>;
}
