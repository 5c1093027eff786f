import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

const key = { pk: 'TRACK#1', sk: 'TRACK', gsi1pk: 'TRACKS', gsi1sk: '2026-01-01T00:00:00.000Z#1' };
const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : err;
  }
  return 'no error';
};

describe('cursor', () => {
  it('round-trips a key', () => {
    expect(decodeCursor('s', 'tracks', encodeCursor('s', 'tracks', key))).toEqual(key);
    expect(decodeCursor('s', 'tracks', null)).toBeUndefined();
  });

  it('refuses a cursor whose payload was edited', () => {
    const [, sig] = encodeCursor('s', 'tracks', key).split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...key, pk: 'USER#x' })).toString('base64url')}.${sig}`;
    expect(codeOf(() => decodeCursor('s', 'tracks', forged))).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor from another list or another secret', () => {
    const c = encodeCursor('s', 'tracks', key);
    expect(codeOf(() => decodeCursor('s', 'myFavourites', c))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor('other', 'tracks', c))).toBe('BAD_USER_INPUT');
  });

  it('refuses garbage', () => {
    for (const bad of ['', 'abc', 'a.b.c', '!!!.???', `${'x'.repeat(3000)}.y`]) {
      expect(codeOf(() => decodeCursor('s', 'tracks', bad))).toBe('BAD_USER_INPUT');
    }
  });
});
