import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphql } from '../gql';
import { type ReceivedRequest, startGraphQLTestServer } from '../test/startGraphQLTestServer.ts';
import { testSession } from '../test/testSession.ts';
import { createUrqlClient } from './createUrqlClient.ts';

const TrackCounts = graphql(`
  query TestTrackCounts($id: ID!) {
    track(id: $id) {
      id
      isFavourite
      favouriteCount
    }
  }
`);
const Favourite = graphql(`
  mutation TestFavourite($trackId: ID!) {
    favouriteTrack(trackId: $trackId) {
      id
      isFavourite
      favouriteCount
    }
  }
`);
const Unfavourite = graphql(`
  mutation TestUnfavourite($trackId: ID!) {
    unfavouriteTrack(trackId: $trackId) {
      id
      isFavourite
      favouriteCount
    }
  }
`);
const Favourites = graphql(`
  query TestFavourites {
    myFavourites(first: 10) {
      edges {
        cursor
        node {
          favouritedAt
          track {
            id
            isFavourite
            favouriteCount
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const Items = graphql(`
  query TestPlaylistItems($id: ID!) {
    playlist(id: $id) {
      id
      version
      tracks(first: 100) {
        edges {
          cursor
          node {
            id
            track {
              id
              title
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
const Move = graphql(`
  mutation TestMove($id: ID!, $from: Int!, $before: Int!, $version: Int) {
    movePlaylistItems(playlistId: $id, rangeStart: $from, insertBefore: $before, expectedVersion: $version) {
      id
      version
      tracks(first: 100) {
        edges {
          cursor
          node {
            id
            track {
              id
              title
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

type Respond = (request: ReceivedRequest) => unknown;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A client with the app's cache against a server whose answers the test scripts (returning `data`). */
async function setup(respond: Respond) {
  const server = await startGraphQLTestServer(async (request) => {
    const answer = await respond(request);
    return {
      body:
        answer instanceof Error
          ? { data: null, errors: [{ message: answer.message, extensions: { code: answer.name } }] }
          : { data: answer },
    };
  });
  close = server.close;
  const client = createUrqlClient(server.url, {
    session: testSession(),
    refresh: vi.fn(),
    onRefreshFailed: vi.fn(),
  });
  return { client, requests: server.requests };
}

/** A promise and its resolver, to hold a server answer back while the test looks at the cache. */
function gate<T>() {
  let open: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const track = (id: string, isFavourite: boolean, favouriteCount: number) => ({
  __typename: 'Track',
  id,
  isFavourite,
  favouriteCount,
});
const page = (ids: string[]) => ({
  __typename: 'PlaylistItemConnection',
  edges: ids.map((id) => ({
    __typename: 'PlaylistItemEdge',
    cursor: `c-${id}`,
    node: { __typename: 'PlaylistItem', id, track: { __typename: 'Track', id: `t-${id}`, title: id } },
  })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
});
const playlist = (version: number, ids: string[]) => ({
  __typename: 'Playlist',
  id: 'p1',
  version,
  tracks: page(ids),
});
const order = (data: { playlist?: { tracks: { edges: { node: { id: string } }[] } } | null } | undefined) =>
  data?.playlist?.tracks.edges.map((e) => e.node.id);

describe('graphcache configuration', () => {
  it('flips a heart at once and then shows the server’s exact count', async () => {
    const answer = gate<unknown>();
    const { client } = await setup((r) =>
      r.operationName === 'TestFavourite' ? answer.promise : { track: track('t1', false, 3) },
    );
    await client.query(TrackCounts, { id: 't1' }).toPromise();
    const pending = client.mutation(Favourite, { trackId: 't1' }).toPromise();
    await vi.waitFor(() =>
      expect(client.readQuery(TrackCounts, { id: 't1' })?.data?.track).toMatchObject({
        isFavourite: true,
        favouriteCount: 4,
      }),
    );
    answer.open({ favouriteTrack: track('t1', true, 10) });
    await pending;
    expect(client.readQuery(TrackCounts, { id: 't1' })?.data?.track).toMatchObject({
      isFavourite: true,
      favouriteCount: 10,
    });
  });

  it('rolls an optimistic heart back when the mutation fails', async () => {
    const { client } = await setup((r) =>
      r.operationName === 'TestFavourite'
        ? Object.assign(new Error('gone'), { name: 'NOT_FOUND' })
        : { track: track('t1', false, 3) },
    );
    await client.query(TrackCounts, { id: 't1' }).toPromise();
    const result = await client.mutation(Favourite, { trackId: 't1' }).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('NOT_FOUND');
    expect(client.readQuery(TrackCounts, { id: 't1' })?.data?.track).toMatchObject({
      isFavourite: false,
      favouriteCount: 3,
    });
  });

  it('removes an unfavourited track from the cached favourites without a refetch', async () => {
    const favourite = (id: string) => ({
      __typename: 'Favourite',
      favouritedAt: '2026-01-01T00:00:00.000Z',
      track: track(id, true, 1),
    });
    const { client, requests } = await setup((r) =>
      r.operationName === 'TestUnfavourite'
        ? { unfavouriteTrack: track('t1', false, 0) }
        : {
            myFavourites: {
              __typename: 'FavouriteConnection',
              edges: ['t1', 't2'].map((id) => ({
                __typename: 'FavouriteEdge',
                cursor: id,
                node: favourite(id),
              })),
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 't2' },
            },
          },
    );
    await client.query(Favourites, {}).toPromise();
    await client.mutation(Unfavourite, { trackId: 't1' }).toPromise();
    const cached = client.readQuery(Favourites, {})?.data?.myFavourites.edges.map((e) => e.node.track.id);
    expect(cached).toEqual(['t2']);
    expect(requests.filter((r) => r.operationName === 'TestFavourites')).toHaveLength(1);
  });

  it('shows a reorder at once and keeps the server’s order and version', async () => {
    const answer = gate<unknown>();
    const { client } = await setup((r) =>
      r.operationName === 'TestMove' ? answer.promise : { playlist: playlist(1, ['a', 'b', 'c']) },
    );
    await client.query(Items, { id: 'p1' }).toPromise();
    const pending = client.mutation(Move, { id: 'p1', from: 0, before: 2, version: 1 }).toPromise();
    await vi.waitFor(() =>
      expect(order(client.readQuery(Items, { id: 'p1' })?.data)).toEqual(['b', 'a', 'c']),
    );
    expect(client.readQuery(Items, { id: 'p1' })?.data?.playlist?.version).toBe(2);
    answer.open({ movePlaylistItems: playlist(2, ['b', 'a', 'c']) });
    await pending;
    expect(order(client.readQuery(Items, { id: 'p1' })?.data)).toEqual(['b', 'a', 'c']);
  });

  it('restores the order when the server answers CONFLICT', async () => {
    const { client } = await setup((r) =>
      r.operationName === 'TestMove'
        ? Object.assign(new Error('stale'), { name: 'CONFLICT' })
        : { playlist: playlist(5, ['a', 'b', 'c']) },
    );
    await client.query(Items, { id: 'p1' }).toPromise();
    const result = await client.mutation(Move, { id: 'p1', from: 2, before: 0, version: 4 }).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('CONFLICT');
    const cached = client.readQuery(Items, { id: 'p1' })?.data?.playlist;
    expect(order({ playlist: cached })).toEqual(['a', 'b', 'c']);
    expect(cached?.version).toBe(5);
  });
});
