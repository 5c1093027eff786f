/** A signed-in explorer session: the ID token goes on every API request. */
export interface ExplorerSession {
  readonly email: string;
  readonly idToken: string;
  readonly refreshToken: string;
  /** Epoch ms after which the ID token is refused. */
  readonly expiresAt: number;
}

export interface CognitoTarget {
  readonly endpoint: string;
  readonly clientId: string;
}

const initiateAuth = async (
  target: CognitoTarget,
  authFlow: 'USER_PASSWORD_AUTH' | 'REFRESH_TOKEN_AUTH',
  parameters: Record<string, string>,
): Promise<{ idToken: string; refreshToken: string | undefined; expiresIn: number }> => {
  // The Cognito JSON protocol, as the SDK speaks it; cognito-local allows any origin.
  const response = await fetch(target.endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    body: JSON.stringify({ AuthFlow: authFlow, ClientId: target.clientId, AuthParameters: parameters }),
  });
  const body: unknown = await response.json();
  const result =
    typeof body === 'object' && body !== null && 'AuthenticationResult' in body
      ? body.AuthenticationResult
      : undefined;
  if (!response.ok || typeof result !== 'object' || result === null || !('IdToken' in result)) {
    const message =
      typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : '';
    throw new Error(message || `sign-in failed (HTTP ${response.status})`);
  }
  const idToken = String(result.IdToken);
  const refreshToken = 'RefreshToken' in result ? String(result.RefreshToken) : undefined;
  const expiresIn = 'ExpiresIn' in result ? Number(result.ExpiresIn) : 3600;
  return { idToken, refreshToken, expiresIn };
};

/** Signs in with email and password (USER_PASSWORD_AUTH: cognito-local has no SRP). */
export const signIn = async (
  target: CognitoTarget,
  email: string,
  password: string,
): Promise<ExplorerSession> => {
  const r = await initiateAuth(target, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: password });
  return { email, idToken: r.idToken, refreshToken: r.refreshToken ?? '', expiresAt: tokenExpiry(r.idToken) };
};

/** Gets a fresh ID token with the refresh token. */
export const refresh = async (target: CognitoTarget, session: ExplorerSession): Promise<ExplorerSession> => {
  const r = await initiateAuth(target, 'REFRESH_TOKEN_AUTH', { REFRESH_TOKEN: session.refreshToken });
  return { ...session, idToken: r.idToken, expiresAt: tokenExpiry(r.idToken) };
};

/** The `exp` of a JWT in epoch ms (0 when unreadable, which forces a refresh). */
export const tokenExpiry = (jwt: string): number => {
  try {
    const part = jwt.split('.')[1] ?? '';
    const payload: unknown = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload === 'object' && payload !== null && 'exp' in payload
      ? Number(payload.exp) * 1000
      : 0;
  } catch {
    return 0;
  }
};
