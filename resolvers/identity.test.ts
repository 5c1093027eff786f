import { describe, expect, it } from 'vitest';
import { identityFromClaims, parseGroups } from './identity.ts';

describe('identity', () => {
  it('reads groups in every shape the authorizers use', () => {
    expect(parseGroups('admin')).toEqual(['admin']);
    expect(parseGroups('admin,editors')).toEqual(['admin', 'editors']);
    expect(parseGroups('[admin editors]')).toEqual(['admin', 'editors']);
    expect(parseGroups(['admin'])).toEqual(['admin']);
    expect(parseGroups(undefined)).toEqual([]);
  });

  it('builds an AppSync identity from authorizer claims', () => {
    const id = identityFromClaims(
      {
        sub: 'abc',
        'cognito:username': 'ann',
        'cognito:groups': 'admin',
        email: 'a@x.io',
        iss: 'https://idp',
      },
      '10.0.0.1',
    );
    expect(id).toMatchObject({
      sub: 'abc',
      username: 'ann',
      groups: ['admin'],
      issuer: 'https://idp',
      sourceIp: ['10.0.0.1'],
    });
    expect(id?.claims.email).toBe('a@x.io');
  });

  it('has no identity without a sub', () => {
    expect(identityFromClaims({ email: 'a@x.io' }, undefined)).toBeNull();
    expect(identityFromClaims(null, undefined)).toBeNull();
  });
});
