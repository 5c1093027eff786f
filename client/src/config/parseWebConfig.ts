import type { WebConfig } from './WebConfig.ts';

function requireString(source: Record<string, unknown>, key: string): string {
  const value = source[key];
  if (typeof value !== 'string' || value === '') throw new Error(`config.json: "${key}" must be a string`);
  return value;
}

/**
 * Narrows the parsed `/config.json` to a {@link WebConfig}.
 * @throws Error naming the first missing or malformed field.
 */
export function parseWebConfig(input: unknown): WebConfig {
  if (typeof input !== 'object' || input === null) throw new Error('config.json: expected an object');
  const source = input as Record<string, unknown>;
  const authFlow = source.authFlow ?? 'USER_SRP_AUTH';
  if (authFlow !== 'USER_SRP_AUTH' && authFlow !== 'USER_PASSWORD_AUTH') {
    throw new Error('config.json: "authFlow" must be USER_SRP_AUTH or USER_PASSWORD_AUTH');
  }
  const endpoint = source.cognitoEndpoint;
  if (endpoint !== undefined && endpoint !== null && typeof endpoint !== 'string') {
    throw new Error('config.json: "cognitoEndpoint" must be a string');
  }
  return {
    graphqlUrl: requireString(source, 'graphqlUrl'),
    region: requireString(source, 'region'),
    userPoolId: requireString(source, 'userPoolId'),
    userPoolClientId: requireString(source, 'userPoolClientId'),
    fileBucket: typeof source.fileBucket === 'string' ? source.fileBucket : '',
    authFlow,
    ...(typeof endpoint === 'string' && endpoint !== '' ? { cognitoEndpoint: endpoint } : {}),
  };
}
