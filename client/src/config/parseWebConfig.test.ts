import { describe, expect, it } from 'vitest';
import { parseWebConfig } from './parseWebConfig.ts';

const local = {
  graphqlUrl: 'http://localhost:4000/graphql',
  region: 'us-east-1',
  userPoolId: 'local_1',
  userPoolClientId: 'client',
  fileBucket: 'files',
  authFlow: 'USER_PASSWORD_AUTH',
  cognitoEndpoint: 'http://localhost:9229',
};

describe('parseWebConfig', () => {
  it('reads the local config with its Cognito endpoint', () => {
    expect(parseWebConfig(local)).toEqual(local);
  });

  it('reads an AWS config without an endpoint, defaulting to SRP', () => {
    const { cognitoEndpoint: _, authFlow: __, ...aws } = local;
    expect(parseWebConfig(aws)).toEqual({ ...aws, authFlow: 'USER_SRP_AUTH' });
  });

  it('names the field that is missing or wrong', () => {
    expect(() => parseWebConfig({ ...local, graphqlUrl: '' })).toThrow(/graphqlUrl/);
    expect(() => parseWebConfig({ ...local, authFlow: 'CUSTOM' })).toThrow(/authFlow/);
    expect(() => parseWebConfig(null)).toThrow(/object/);
  });
});
