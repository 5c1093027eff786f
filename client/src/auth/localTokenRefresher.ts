import { decodeJWT } from 'aws-amplify/auth';
import type { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';

/** Amplify's refresher signature (not exported by name, so taken from the setter). */
type TokenRefresher = Parameters<typeof cognitoUserPoolsTokenProvider.tokenOrchestrator.setTokenRefresher>[0];

/**
 * A token refresher for cognito-local. Amplify ≥ 6.15 refreshes with `GetTokensFromRefreshToken`, which
 * cognito-local does not implement, so locally we refresh with the older `InitiateAuth`
 * `REFRESH_TOKEN_AUTH` flow, which both Cognito and cognito-local support.
 */
export function localTokenRefresher(endpoint: string, clientId: string): TokenRefresher {
  return async ({ tokens, username }) => {
    if (!tokens.refreshToken) throw new Error('No refresh token');
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth',
      },
      body: JSON.stringify({
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: clientId,
        AuthParameters: { REFRESH_TOKEN: tokens.refreshToken },
      }),
    });
    const body: unknown = await response.json();
    const result = (body as { AuthenticationResult?: Record<string, unknown> }).AuthenticationResult;
    if (!response.ok || typeof result?.AccessToken !== 'string') {
      const name = (body as { __type?: string }).__type ?? 'NotAuthorizedException';
      throw Object.assign(new Error('Token refresh failed'), { name });
    }
    const accessToken = decodeJWT(result.AccessToken);
    const iat = Number(accessToken.payload.iat ?? Date.now() / 1000);
    return {
      accessToken,
      idToken: typeof result.IdToken === 'string' ? decodeJWT(result.IdToken) : undefined,
      refreshToken: typeof result.RefreshToken === 'string' ? result.RefreshToken : tokens.refreshToken,
      clockDrift: iat * 1000 - Date.now(),
      username,
    };
  };
}
