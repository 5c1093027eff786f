import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The payload of a JWT, unverified (to copy a genuine token's claims into a forged one). */
export const payloadOf = (jwt: string): Record<string, unknown> => {
  const parsed: unknown = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('not a JWT payload');
  return { ...parsed };
};

/** cognito-local signs every token with one fixed key it ships; signing with it forges "genuine" tokens. */
export const emulatorKey = (): string => {
  const require = createRequire(import.meta.url);
  const keyFile = require.resolve('cognito-local/lib/keys/cognitoLocal.private.json');
  const parsed: unknown = JSON.parse(readFileSync(keyFile, 'utf8'));
  const pem = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'pem') : undefined;
  if (typeof pem !== 'string') throw new Error('cognito-local key file has no pem');
  return pem;
};

/** An RS256 JWT with cognito-local's key id, signed by `key`. */
export const signJwt = (payload: Record<string, unknown>, key: string | KeyObject): string => {
  const input = `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'CognitoLocal' })}.${b64url(payload)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
};

/** An unsigned token (`alg: none`), the classic bypass attempt. */
export const unsignedJwt = (payload: Record<string, unknown>): string =>
  `${b64url({ alg: 'none', typ: 'JWT', kid: 'CognitoLocal' })}.${b64url(payload)}.`;

export const strangerKey = (): KeyObject => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
