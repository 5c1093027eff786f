import { describe, expect, it } from 'vitest';
import { apiGatewayClaims, javaDateString } from './apiGatewayClaims.ts';

describe('apiGatewayClaims', () => {
  it('turns every claim into a string the way a REST Cognito authorizer does', () => {
    const claims = apiGatewayClaims({
      sub: 'u-1',
      'cognito:groups': ['admin', 'editors'],
      email_verified: true,
      auth_time: 1680629979,
      exp: 1680633579,
      iat: 1680629979,
      aud: 'client-1',
      token_use: 'id',
    });
    expect(claims).toEqual({
      sub: 'u-1',
      'cognito:groups': 'admin,editors',
      email_verified: 'true',
      auth_time: '1680629979',
      exp: 'Tue Apr 04 18:39:39 UTC 2023',
      iat: 'Tue Apr 04 17:39:39 UTC 2023',
      aud: 'client-1',
      token_use: 'id',
    });
  });

  it('passes a single group as a plain string', () => {
    expect(apiGatewayClaims({ 'cognito:groups': ['admin'] })['cognito:groups']).toBe('admin');
  });

  it('pads the day of month as Java does', () => {
    expect(javaDateString(Date.UTC(2026, 0, 5, 3, 4, 5) / 1000)).toBe('Mon Jan 05 03:04:05 UTC 2026');
  });
});
