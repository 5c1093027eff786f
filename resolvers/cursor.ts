import { createHmac, timingSafeEqual } from 'node:crypto';
import { badInput } from './errors.ts';

/**
 * Opaque, tamper-checked cursors: base64url of the DynamoDB key to resume after, plus an HMAC over
 * the key and the list it belongs to (`scope`). A cursor edited by hand, or taken from another list,
 * is refused with BAD_USER_INPUT instead of reading somewhere else in the table.
 */

const sign = (secret: string, scope: string, payload: string): string =>
  createHmac('sha256', secret)
    .update(scope)
    .update('\u0000')
    .update(payload)
    .digest('base64url')
    .slice(0, 22);

export const encodeCursor = (
  secret: string,
  scope: string,
  key: Readonly<Record<string, string>>,
): string => {
  const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
  return `${payload}.${sign(secret, scope, payload)}`;
};

export const decodeCursor = (
  secret: string,
  scope: string,
  cursor: string | null | undefined,
): Record<string, string> | undefined => {
  if (cursor === null || cursor === undefined) return undefined;
  const invalid = () => badInput('after', 'after is not a valid cursor for this list');
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined || cursor.length > 2048) throw invalid();
  const expected = Buffer.from(sign(secret, scope, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid();
  const key: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') throw invalid();
    key[name] = value;
  }
  return key;
};
