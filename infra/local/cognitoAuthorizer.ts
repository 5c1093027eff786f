import { JwtVerifier } from 'aws-jwt-verify';
import { assertIsJwks } from 'aws-jwt-verify/jwk';
import type { Json } from 'aws-jwt-verify/safe-json-parse';
import { apiGatewayClaims } from './apiGatewayClaims.ts';

export interface CognitoAuthorizerOptions {
  /** `<cognito endpoint>/<poolId>`, exactly as it appears in `iss`. */
  readonly issuer: string;
  /** The app client id: an ID token's `aud`. */
  readonly clientId: string;
  /** Where the pool's public keys are (cognito-local serves them over plain http). */
  readonly jwksUri: string;
}

/** Verifies an `Authorization` header value; the claims as API Gateway passes them, or undefined = 401. */
export type CognitoAuthorizer = (authorization: string | undefined) => Record<string, string> | undefined;

/**
 * What API Gateway's Cognito user-pool authorizer does (a method without OAuth scopes): the token must
 * be an ID token of this pool and app client, signed by a key in the pool's JWKS, and unexpired.
 * The raw token is accepted with or without a `Bearer ` prefix, as API Gateway does.
 */
export const createCognitoAuthorizer = async (
  options: CognitoAuthorizerOptions,
): Promise<CognitoAuthorizer> => {
  // aws-jwt-verify only fetches JWKS over https, so the emulator's keys are fetched here and cached.
  const response = await fetch(options.jwksUri);
  if (!response.ok) throw new Error(`cannot read the JWKS at ${options.jwksUri}: HTTP ${response.status}`);
  const jwks: Json = await response.json();
  assertIsJwks(jwks);
  const verifier = JwtVerifier.create({
    issuer: options.issuer,
    audience: options.clientId,
    jwksUri: options.jwksUri,
    customJwtCheck: ({ payload }) => {
      if (payload.token_use !== 'id') throw new Error('not an ID token');
      // aws-jwt-verify only checks exp when present; Cognito always sets it, so its absence is forged.
      if (typeof payload.exp !== 'number') throw new Error('no exp claim');
      if (typeof payload.sub !== 'string' || payload.sub === '') throw new Error('no sub claim');
    },
  });
  verifier.cacheJwks(jwks);
  return (authorization) => {
    const token = authorization?.trim().replace(/^Bearer\s+/i, '');
    if (!token) return undefined;
    try {
      return apiGatewayClaims(verifier.verifySync(token));
    } catch {
      return undefined;
    }
  };
};
