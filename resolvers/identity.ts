import type { CognitoIdentity } from './event.ts';

/**
 * Reads `cognito:groups` however it arrives: API Gateway's REST Cognito authorizer flattens the
 * token's array to a string ("admin" or "admin,editors"; some setups show "[admin editors]"), while
 * AppSync and direct invocations pass a real array.
 */
export const parseGroups = (raw: unknown): string[] => {
  if (Array.isArray(raw)) return raw.filter((g): g is string => typeof g === 'string' && g.length > 0);
  if (typeof raw !== 'string') return [];
  return raw
    .replace(/^\[|\]$/g, '')
    .split(/[,\s]+/)
    .map((g) => g.trim())
    .filter((g) => g.length > 0);
};

/**
 * The caller as AppSync describes a Cognito user, built only from the claims the Cognito authorizer
 * verified and placed in `requestContext.authorizer.claims`. Returns null without a usable `sub`.
 */
export const identityFromClaims = (claims: unknown, sourceIp: string | undefined): CognitoIdentity | null => {
  if (typeof claims !== 'object' || claims === null) return null;
  const strings: Record<string, string> = {};
  for (const [name, value] of Object.entries(claims)) {
    if (typeof value === 'string') strings[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') strings[name] = String(value);
    else if (Array.isArray(value)) strings[name] = value.join(',');
  }
  const sub = strings.sub;
  if (!sub) return null;
  const groupsClaim: unknown = (claims as Record<string, unknown>)['cognito:groups'];
  return {
    sub,
    username: strings['cognito:username'] ?? strings.username ?? sub,
    groups: parseGroups(groupsClaim),
    issuer: strings.iss ?? '',
    sourceIp: sourceIp ? [sourceIp] : [],
    defaultAuthStrategy: 'ALLOW',
    claims: strings,
  };
};

export const isAdmin = (identity: CognitoIdentity): boolean => identity.groups.includes('admin');
