import { Amplify } from 'aws-amplify';
import {
  confirmResetPassword,
  confirmSignUp,
  fetchAuthSession,
  resendSignUpCode,
  resetPassword,
  signIn,
  signOut,
  signUp,
} from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import type { WebConfig } from '../config/WebConfig.ts';
import type { AuthApi } from './AuthApi.ts';
import { localTokenRefresher } from './localTokenRefresher.ts';
import { sessionFromIdToken } from './sessionFromIdToken.ts';

/**
 * Configures Amplify Auth from the runtime config and returns the app's {@link AuthApi}. This module is
 * imported lazily: Amplify is the heaviest dependency and is not needed to paint the first frame.
 *
 * @remarks On AWS it signs in with SRP; against cognito-local (a `cognitoEndpoint` is set) with
 * USER_PASSWORD_AUTH, and refreshes with `REFRESH_TOKEN_AUTH` (see `localTokenRefresher`).
 */
export function createCognitoAuth(config: WebConfig): AuthApi {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: config.userPoolId,
        userPoolClientId: config.userPoolClientId,
        loginWith: { email: true },
        signUpVerificationMethod: 'code',
        ...(config.cognitoEndpoint ? { userPoolEndpoint: config.cognitoEndpoint } : {}),
      },
    },
  });
  if (config.cognitoEndpoint) {
    cognitoUserPoolsTokenProvider.tokenOrchestrator.setTokenRefresher(
      localTokenRefresher(config.cognitoEndpoint, config.userPoolClientId),
    );
  }
  const authFlowType = config.authFlow;

  return {
    async currentSession(forceRefresh = false) {
      const { tokens } = await fetchAuthSession({ forceRefresh });
      const idToken = tokens?.idToken?.toString();
      return idToken ? sessionFromIdToken(idToken) : null;
    },
    async signIn(email, password) {
      // A stale half-finished sign-in (or another user's tokens) makes Amplify refuse a new one.
      await signOut().catch(() => undefined);
      const { nextStep } = await signIn({ username: email, password, options: { authFlowType } });
      if (nextStep.signInStep === 'DONE') return 'signedIn';
      if (nextStep.signInStep === 'CONFIRM_SIGN_UP') return 'confirmSignUp';
      if (nextStep.signInStep === 'RESET_PASSWORD') return 'resetPassword';
      throw Object.assign(new Error(`Unsupported sign-in step ${nextStep.signInStep}`), {
        name: 'UnsupportedStep',
      });
    },
    async signUp(email, password) {
      const { nextStep } = await signUp({
        username: email,
        password,
        options: { userAttributes: { email } },
      });
      return nextStep.signUpStep === 'CONFIRM_SIGN_UP';
    },
    async confirmSignUp(email, code) {
      await confirmSignUp({ username: email, confirmationCode: code });
    },
    async resendSignUpCode(email) {
      await resendSignUpCode({ username: email });
    },
    async resetPassword(email) {
      await resetPassword({ username: email });
    },
    async confirmResetPassword(email, code, newPassword) {
      await confirmResetPassword({ username: email, confirmationCode: code, newPassword });
    },
    async signOut() {
      await signOut();
    },
  };
}
