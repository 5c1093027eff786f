import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphql } from '../gql';
import { startGraphQLTestServer } from '../test/startGraphQLTestServer.ts';
import { testSession } from '../test/testSession.ts';
import { createUrqlClient } from './createUrqlClient.ts';

const MeQuery = graphql(`
  query TestMe {
    me {
      id
      displayName
      email
      avatarUrl
      createdAt
    }
  }
`);

const me = {
  __typename: 'User',
  id: 'user-1',
  displayName: 'Ann',
  email: 'a@example.com',
  avatarUrl: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('GraphQL client auth', () => {
  it('sends the ID token as the Authorization header, as a POST', async () => {
    const server = await startGraphQLTestServer(() => ({ body: { data: { me } } }));
    close = server.close;
    const client = createUrqlClient(server.url, {
      session: testSession('id-token-A'),
      refresh: vi.fn(),
      onRefreshFailed: vi.fn(),
    });
    const result = await client.query(MeQuery, {}).toPromise();
    expect(result.data?.me.displayName).toBe('Ann');
    expect(server.requests[0]?.headers.authorization).toBe('id-token-A');
  });

  it('refreshes after a 401 from the gateway and retries with the new token', async () => {
    const server = await startGraphQLTestServer((request) =>
      request.headers.authorization === 'fresh'
        ? { body: { data: { me } } }
        : { status: 401, body: { message: 'Unauthorized' } },
    );
    close = server.close;
    const refresh = vi.fn(async () => testSession('fresh'));
    const onRefreshFailed = vi.fn();
    const client = createUrqlClient(server.url, { session: testSession('stale'), refresh, onRefreshFailed });
    const result = await client.query(MeQuery, {}).toPromise();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['stale', 'fresh']);
    expect(result.data?.me.id).toBe('user-1');
    expect(onRefreshFailed).not.toHaveBeenCalled();
  });

  it('refreshes an expired token before sending anything', async () => {
    const server = await startGraphQLTestServer(() => ({ body: { data: { me } } }));
    close = server.close;
    const refresh = vi.fn(async () => testSession('renewed'));
    const client = createUrqlClient(server.url, {
      session: testSession('old', -1000),
      refresh,
      onRefreshFailed: vi.fn(),
    });
    await client.query(MeQuery, {}).toPromise();
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['renewed']);
  });

  it('signs out when the refresh fails after an UNAUTHENTICATED error', async () => {
    const server = await startGraphQLTestServer(() => ({
      body: { data: null, errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] },
    }));
    close = server.close;
    const onRefreshFailed = vi.fn();
    const refresh = vi.fn(async () => {
      throw new Error('refresh token revoked');
    });
    const client = createUrqlClient(server.url, { session: testSession(), refresh, onRefreshFailed });
    const result = await client.query(MeQuery, {}).toPromise();
    expect(refresh).toHaveBeenCalled();
    expect(onRefreshFailed).toHaveBeenCalled();
    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
