import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, newUser, startApi } from '../support/apiHarness.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

describe('smoke', () => {
  it('creates the profile on first me', async () => {
    const u = newUser('ann');
    const res = await api.gql(u, '{ me { id displayName email createdAt } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toMatchObject({ id: u.sub, displayName: 'ann', email: u.email });
  });
});
