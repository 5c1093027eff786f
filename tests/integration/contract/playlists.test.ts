import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, newUser, startApi, type TestUser } from '../../support/apiHarness.ts';
import {
  codeOf,
  createPlaylist,
  createTrack,
  dataOf,
  getPlaylist,
  type TrackShape,
} from '../../support/fixtures.ts';

let api: Api;
let dj: TestUser;
let tracks: TrackShape[];
beforeAll(async () => {
  api = await startApi();
  dj = newUser('DJ');
  tracks = [];
  for (let i = 0; i < 6; i++)
    tracks.push(await createTrack(api, dj, { title: `T${i}`, durationSeconds: 10 + i }));
});
afterAll(() => api.stop());

const ADD = `mutation($p: ID!, $t: [ID!]!, $pos: Int, $v: Int) {
  addTracksToPlaylist(playlistId: $p, trackIds: $t, position: $pos, expectedVersion: $v) { id version trackCount durationSeconds } }`;
const REMOVE = `mutation($p: ID!, $i: [ID!]!, $v: Int) {
  removePlaylistItems(playlistId: $p, itemIds: $i, expectedVersion: $v) { version trackCount durationSeconds } }`;
const MOVE = `mutation($p: ID!, $s: Int!, $l: Int, $b: Int!, $v: Int) {
  movePlaylistItems(playlistId: $p, rangeStart: $s, rangeLength: $l, insertBefore: $b, expectedVersion: $v) { version trackCount } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlaylistInput!, $v: Int) {
  updatePlaylist(id: $id, input: $input, expectedVersion: $v) { id name description isPublic version updatedAt } }`;

const titles = async (user: TestUser, id: string) =>
  (await getPlaylist(api, user, id))?.tracks.edges.map((e) => e.node.track.title) ?? null;
const t = (i: number) => tracks[i]?.id ?? '';

/** A playlist holding tracks T0…T(n-1) in order. */
const filled = async (n: number, user: TestUser = dj) => {
  const p = await createPlaylist(api, user);
  dataOf(await api.gql(user, ADD, { p: p.id, t: tracks.slice(0, n).map((x) => x.id) }));
  return p.id;
};

describe('Mutation.createPlaylist', () => {
  it('creates a private playlist at version 1 owned by the caller', async () => {
    const res = dataOf(
      await api.gql(
        dj,
        'mutation { createPlaylist(input: { name: " Road trip ", description: "vibes" }) { name description isPublic version trackCount durationSeconds owner { id } } }',
      ),
    );
    expect(res.createPlaylist).toEqual({
      name: 'Road trip',
      description: 'vibes',
      isPublic: false,
      version: 1,
      trackCount: 0,
      durationSeconds: 0,
      owner: { id: dj.sub },
    });
  });

  it('refuses an empty or overlong name', async () => {
    for (const name of ['', '  ', 'n'.repeat(101)]) {
      const res = await api.gql(dj, 'mutation($n: String!) { createPlaylist(input: { name: $n }) { id } }', {
        n: name,
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe('input.name');
    }
  });
});

describe('Query.playlist', () => {
  it('shows a private playlist only to its owner and a public one to everyone', async () => {
    const other = newUser('Other');
    const priv = await createPlaylist(api, dj, 'Private');
    const pub = await createPlaylist(api, dj, 'Public', true);
    expect((await getPlaylist(api, dj, priv.id))?.name).toBe('Private');
    expect(await getPlaylist(api, other, priv.id)).toBeNull();
    expect((await getPlaylist(api, other, pub.id))?.name).toBe('Public');
    expect(await getPlaylist(api, dj, crypto.randomUUID())).toBeNull();
    expect(codeOf(await api.gql(dj, 'query { playlist(id: "x") { id } }'))).toBe('BAD_USER_INPUT');
  });

  it('pages its items in order with cursors', async () => {
    const id = await filled(5);
    const q = `query($id: ID!, $after: String) { playlist(id: $id) { tracks(first: 2, after: $after) {
      edges { node { track { title } } } pageInfo { hasNextPage endCursor } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    type Page = {
      edges: { node: { track: { title: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    do {
      const page: Page = (
        dataOf(await api.gql(dj, q, { id, after })).playlist as {
          tracks: {
            edges: { node: { track: { title: string } } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }
      ).tracks;
      seen.push(...page.edges.map((e) => e.node.track.title));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['T0', 'T1', 'T2', 'T3', 'T4']);
    const other = await filled(1);
    const cursor = (
      dataOf(await api.gql(dj, q, { id: other })).playlist as { tracks: { pageInfo: { endCursor: string } } }
    ).tracks.pageInfo.endCursor;
    expect(codeOf(await api.gql(dj, q, { id, after: cursor }))).toBe('BAD_USER_INPUT');
  });
});

describe('Query.myPlaylists', () => {
  it("lists only the caller's playlists, most recently updated first", async () => {
    const u = newUser('Lister');
    const a = await createPlaylist(api, u, 'A');
    const b = await createPlaylist(api, u, 'B');
    await createPlaylist(api, newUser('Else'), 'Not mine');
    dataOf(await api.gql(u, ADD, { p: a.id, t: [t(0)] }));
    const names = async (first: number, after?: string) =>
      dataOf(
        await api.gql(
          u,
          'query($f: Int, $a: String) { myPlaylists(first: $f, after: $a) { edges { node { name } } pageInfo { hasNextPage endCursor } } }',
          { f: first, a: after },
        ),
      ).myPlaylists as {
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    const all = await names(10);
    expect(all.edges.map((e) => e.node.name)).toEqual(['A', 'B']);
    const first = await names(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect((await names(1, first.pageInfo.endCursor)).edges.map((e) => e.node.name)).toEqual(['B']);
    expect(b.version).toBe(1);
  });
});

describe('User.playlists', () => {
  it('shows others only public playlists and the owner all of them', async () => {
    const u = newUser('Sharer');
    await createPlaylist(api, u, 'Hidden');
    await createPlaylist(api, u, 'Shared', true);
    const q = 'query($id: ID!) { user(id: $id) { playlists { edges { node { name } } } } }';
    const names = async (viewer: TestUser) =>
      (
        dataOf(await api.gql(viewer, q, { id: u.sub })).user as {
          playlists: { edges: { node: { name: string } }[] };
        }
      ).playlists.edges
        .map((e) => e.node.name)
        .sort();
    expect(await names(newUser('Viewer'))).toEqual(['Shared']);
    expect(await names(u)).toEqual(['Hidden', 'Shared']);
  });
});

describe('Mutation.updatePlaylist', () => {
  it('renames, publishes and bumps the version; a stale expectedVersion is a CONFLICT that changes nothing', async () => {
    const p = await createPlaylist(api, dj, 'Before');
    const updated = dataOf(
      await api.gql(dj, UPDATE, { id: p.id, input: { name: 'After', isPublic: true }, v: 1 }),
    ).updatePlaylist;
    expect(updated).toMatchObject({ name: 'After', isPublic: true, version: 2 });
    const stale = await api.gql(dj, UPDATE, { id: p.id, input: { name: 'Stale' }, v: 1 });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
    expect(await getPlaylist(api, dj, p.id)).toMatchObject({ name: 'After', version: 2 });
    expect(await getPlaylist(api, newUser('Anyone'), p.id)).toMatchObject({ name: 'After' });
    const cleared = dataOf(
      await api.gql(dj, UPDATE, { id: p.id, input: { description: '', isPublic: false } }),
    ).updatePlaylist;
    expect(cleared).toMatchObject({ description: null, isPublic: false, version: 3 });
    expect(await getPlaylist(api, newUser('Anyone'), p.id)).toBeNull();
  });

  it('refuses non-owners (FORBIDDEN for a public one, NOT_FOUND for a private one) and bad input', async () => {
    const other = newUser('Intruder');
    const pub = await createPlaylist(api, dj, 'Pub', true);
    const priv = await createPlaylist(api, dj, 'Priv');
    expect(codeOf(await api.gql(other, UPDATE, { id: pub.id, input: { name: 'x' } }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(other, UPDATE, { id: priv.id, input: { name: 'x' } }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(dj, UPDATE, { id: crypto.randomUUID(), input: { name: 'x' } }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await api.gql(dj, UPDATE, { id: pub.id, input: { name: '' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(dj, UPDATE, { id: pub.id, input: { name: 'ok' }, v: 0 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await getPlaylist(api, dj, pub.id)).toMatchObject({ name: 'Pub', version: 1 });
  });
});

describe('Mutation.deletePlaylist', () => {
  it('deletes the playlist and its items for the owner only', async () => {
    const id = await filled(3);
    const other = newUser('NotOwner');
    // A private playlist stays hidden from others: NOT_FOUND, as `playlist(id)` shows null.
    expect(codeOf(await api.gql(other, 'mutation($id: ID!) { deletePlaylist(id: $id) }', { id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      dataOf(await api.gql(dj, 'mutation($id: ID!) { deletePlaylist(id: $id) }', { id })).deletePlaylist,
    ).toBe(id);
    expect(await getPlaylist(api, dj, id)).toBeNull();
    expect(codeOf(await api.gql(dj, 'mutation($id: ID!) { deletePlaylist(id: $id) }', { id }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe("editing someone else's public playlist", () => {
  it('is FORBIDDEN for every edit and changes nothing', async () => {
    const pub = await createPlaylist(api, dj, 'Shared', true);
    dataOf(await api.gql(dj, ADD, { p: pub.id, t: [t(0), t(1)] }));
    const item = (await getPlaylist(api, dj, pub.id))?.tracks.edges[0]?.node.id ?? '';
    const stranger = newUser('Stranger');
    expect(codeOf(await api.gql(stranger, ADD, { p: pub.id, t: [t(2)] }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(stranger, REMOVE, { p: pub.id, i: [item] }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(stranger, MOVE, { p: pub.id, s: 0, b: 2 }))).toBe('FORBIDDEN');
    expect(
      codeOf(await api.gql(stranger, 'mutation($id: ID!) { deletePlaylist(id: $id) }', { id: pub.id })),
    ).toBe('FORBIDDEN');
    expect(await getPlaylist(api, stranger, pub.id)).toMatchObject({ version: 2, trackCount: 2 });
    expect(await titles(stranger, pub.id)).toEqual(['T0', 'T1']);
  });
});

describe('Mutation.addTracksToPlaylist', () => {
  it('appends by default, inserts at a position, allows duplicates, and keeps count, duration and version', async () => {
    const p = await createPlaylist(api, dj);
    const a = dataOf(await api.gql(dj, ADD, { p: p.id, t: [t(0), t(1)] })).addTracksToPlaylist;
    expect(a).toMatchObject({ version: 2, trackCount: 2, durationSeconds: 21 });
    dataOf(await api.gql(dj, ADD, { p: p.id, t: [t(2), t(0)], pos: 1, v: 2 }));
    dataOf(await api.gql(dj, ADD, { p: p.id, t: [t(3)], pos: 0 }));
    dataOf(await api.gql(dj, ADD, { p: p.id, t: [t(4)], pos: 5 }));
    expect(await titles(dj, p.id)).toEqual(['T3', 'T0', 'T2', 'T0', 'T1', 'T4']);
    expect(await getPlaylist(api, dj, p.id)).toMatchObject({
      trackCount: 6,
      version: 5,
      durationSeconds: 10 + 11 + 12 + 10 + 13 + 14,
    });
  });

  it('refuses a stale version, unknown tracks, bad positions and strangers, changing nothing', async () => {
    const p = await createPlaylist(api, dj);
    dataOf(await api.gql(dj, ADD, { p: p.id, t: [t(0)] }));
    expect(codeOf(await api.gql(dj, ADD, { p: p.id, t: [t(1)], v: 1 }))).toBe('CONFLICT');
    expect(codeOf(await api.gql(dj, ADD, { p: p.id, t: [crypto.randomUUID()] }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(dj, ADD, { p: p.id, t: [t(1)], pos: 5 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(dj, ADD, { p: p.id, t: [t(1)], pos: -1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(dj, ADD, { p: p.id, t: [] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(dj, ADD, { p: p.id, t: Array.from({ length: 50 }, () => t(0)) }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await api.gql(dj, ADD, { p: p.id, t: ['not-an-id'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(newUser('Stranger'), ADD, { p: p.id, t: [t(1)] }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(dj, ADD, { p: crypto.randomUUID(), t: [t(1)] }))).toBe('NOT_FOUND');
    expect(await getPlaylist(api, dj, p.id)).toMatchObject({ trackCount: 1, version: 2 });
    expect(await titles(dj, p.id)).toEqual(['T0']);
  });

  it('keeps all 50 items when 50 adds without expectedVersion race', async () => {
    const p = await createPlaylist(api, dj, 'Race');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => api.gql(dj, ADD, { p: p.id, t: [t(i % 6)] })),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const versions = results
      .map((r) => (dataOf(r).addTracksToPlaylist as { version: number }).version)
      .sort((x, y) => x - y);
    expect(versions).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    const after = await getPlaylist(api, dj, p.id);
    expect(after?.trackCount).toBe(50);
    expect(after?.version).toBe(51);
    expect(after?.tracks.edges).toHaveLength(50);
  });
});

describe('Mutation.removePlaylistItems', () => {
  it('removes by item id (not track id), leaving duplicates of the same track', async () => {
    const p = await createPlaylist(api, dj);
    dataOf(await api.gql(dj, ADD, { p: p.id, t: [t(0), t(1), t(0)] }));
    const before = await getPlaylist(api, dj, p.id);
    const third = before?.tracks.edges[2]?.node.id ?? '';
    const res = dataOf(await api.gql(dj, REMOVE, { p: p.id, i: [third], v: 2 })).removePlaylistItems;
    expect(res).toEqual({ version: 3, trackCount: 2, durationSeconds: 21 });
    expect(await titles(dj, p.id)).toEqual(['T0', 'T1']);
  });

  it('refuses unknown item ids, stale versions and strangers, changing nothing', async () => {
    const p = await createPlaylist(api, dj);
    dataOf(await api.gql(dj, ADD, { p: p.id, t: [t(0), t(1)] }));
    const first = (await getPlaylist(api, dj, p.id))?.tracks.edges[0]?.node.id ?? '';
    expect(codeOf(await api.gql(dj, REMOVE, { p: p.id, i: [first, crypto.randomUUID()] }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(dj, REMOVE, { p: p.id, i: [first], v: 1 }))).toBe('CONFLICT');
    expect(codeOf(await api.gql(newUser('S'), REMOVE, { p: p.id, i: [first] }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(dj, REMOVE, { p: p.id, i: [] }))).toBe('BAD_USER_INPUT');
    expect(await getPlaylist(api, dj, p.id)).toMatchObject({ trackCount: 2, version: 2 });
  });
});

describe('Mutation.movePlaylistItems', () => {
  it('moves ranges with Spotify semantics and the order survives a reload', async () => {
    const id = await filled(6);
    dataOf(await api.gql(dj, MOVE, { p: id, s: 0, b: 6 }));
    expect(await titles(dj, id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T0']);
    dataOf(await api.gql(dj, MOVE, { p: id, s: 3, l: 2, b: 1 }));
    expect(await titles(dj, id)).toEqual(['T1', 'T4', 'T5', 'T2', 'T3', 'T0']);
    const res = dataOf(await api.gql(dj, MOVE, { p: id, s: 0, l: 2, b: 4, v: 4 })).movePlaylistItems;
    expect(res).toEqual({ version: 5, trackCount: 6 });
    expect(await titles(dj, id)).toEqual(['T5', 'T2', 'T1', 'T4', 'T3', 'T0']);
  });

  it('leaves the version alone for a move onto itself', async () => {
    const id = await filled(3);
    expect(dataOf(await api.gql(dj, MOVE, { p: id, s: 1, b: 2 })).movePlaylistItems).toEqual({
      version: 2,
      trackCount: 3,
    });
    expect(await titles(dj, id)).toEqual(['T0', 'T1', 'T2']);
  });

  it('refuses out-of-range moves, stale versions and strangers, changing nothing', async () => {
    const id = await filled(3);
    for (const args of [
      { s: 3, b: 0 },
      { s: 0, l: 4, b: 3 },
      { s: 0, b: 4 },
      { s: -1, b: 0 },
      { s: 0, l: 0, b: 2 },
    ]) {
      expect(codeOf(await api.gql(dj, MOVE, { p: id, ...args })), JSON.stringify(args)).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect(codeOf(await api.gql(dj, MOVE, { p: id, s: 0, b: 3, v: 1 }))).toBe('CONFLICT');
    expect(codeOf(await api.gql(newUser('S'), MOVE, { p: id, s: 0, b: 3 }))).toBe('NOT_FOUND');
    expect(await titles(dj, id)).toEqual(['T0', 'T1', 'T2']);
    expect(await getPlaylist(api, dj, id)).toMatchObject({ version: 2 });
  });

  it('serializes concurrent moves without losing or duplicating items', async () => {
    const id = await filled(6);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => api.gql(dj, MOVE, { p: id, s: i % 6, b: (i * 5) % 7 })),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const after = await titles(dj, id);
    expect([...(after ?? [])].sort()).toEqual(['T0', 'T1', 'T2', 'T3', 'T4', 'T5']);
  });
});
