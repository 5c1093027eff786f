import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, claimsOf, graphqlEvent, newUser, startApi } from '../support/apiHarness.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const bodyOfSize = (bytes: number) => {
  const base = JSON.stringify({ query: '{ me { id } }', variables: { pad: '' } });
  return JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(bytes - base.length) } });
};

describe('request body limit', () => {
  it('answers a body of exactly 100 KB', async () => {
    const user = newUser('Big');
    const body = bodyOfSize(100 * 1024);
    expect(Buffer.byteLength(body)).toBe(100 * 1024);
    const res = await api.send(graphqlEvent(body, claimsOf(user)));
    expect(res.status).toBe(200);
    expect(res.data?.me).toEqual({ id: user.sub });
  });

  it('refuses a body over 100 KB with 413 and BAD_USER_INPUT before anything runs', async () => {
    const user = newUser('Bigger');
    const res = await api.send(graphqlEvent(bodyOfSize(100 * 1024 + 1), claimsOf(user)));
    expect(res.status).toBe(413);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Nothing ran: the profile a first `me` would create does not exist.
    const check = await api.gql(newUser('Viewer'), 'query($id: ID!) { user(id: $id) { id } }', {
      id: user.sub,
    });
    expect(check.data?.user).toBeNull();
  });
});
