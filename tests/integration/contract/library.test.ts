import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, newUser, startApi, type TestUser } from '../../support/apiHarness.ts';
import { codeOf, createTrack, dataOf, type TrackShape } from '../../support/fixtures.ts';

let api: Api;
let artist: TestUser;
let tracks: TrackShape[];
beforeAll(async () => {
  api = await startApi();
  artist = newUser('Artist');
  tracks = [];
  for (let i = 0; i < 4; i++) tracks.push(await createTrack(api, artist, { title: `L${i}` }));
});
afterAll(() => api.stop());

const id = (i: number) => tracks[i]?.id ?? '';
const FAV = 'mutation($t: ID!) { favouriteTrack(trackId: $t) { id favouriteCount isFavourite } }';
const UNFAV = 'mutation($t: ID!) { unfavouriteTrack(trackId: $t) { id favouriteCount isFavourite } }';
const PLAY =
  'mutation($i: RecordPlayInput!) { recordPlay(input: $i) { id playedAt msPlayed track { id playCount } } }';
const FAVS = `query($f: Int, $a: String) { myFavourites(first: $f, after: $a) {
  edges { node { favouritedAt track { id title isFavourite } } } pageInfo { hasNextPage endCursor } } }`;
const HISTORY = `query($f: Int, $a: String) { myHistory(first: $f, after: $a) {
  edges { node { id playedAt msPlayed track { id title } } } pageInfo { hasNextPage endCursor } } }`;
const trackCounts = async (user: TestUser, trackId: string) =>
  dataOf(
    await api.gql(user, 'query($id: ID!) { track(id: $id) { favouriteCount playCount isFavourite } }', {
      id: trackId,
    }),
  ).track;
const play = (trackId: string, at = new Date()) => ({
  id: crypto.randomUUID(),
  trackId,
  playedAt: at.toISOString(),
  msPlayed: 31_000,
});

describe('Mutation.favouriteTrack', () => {
  it('is idempotent and keeps favouriteCount exact', async () => {
    const u = newUser('Fan');
    expect(dataOf(await api.gql(u, FAV, { t: id(0) })).favouriteTrack).toEqual({
      id: id(0),
      favouriteCount: 1,
      isFavourite: true,
    });
    expect(dataOf(await api.gql(u, FAV, { t: id(0) })).favouriteTrack).toEqual({
      id: id(0),
      favouriteCount: 1,
      isFavourite: true,
    });
  });

  it('counts 50 listeners favouriting one track at once as 50', async () => {
    const fans = Array.from({ length: 50 }, (_, i) => newUser(`fan${i}`));
    const results = await Promise.all(fans.map((f) => api.gql(f, FAV, { t: id(1) })));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await trackCounts(artist, id(1))).toMatchObject({ favouriteCount: 50, isFavourite: false });
  });

  it('refuses unknown and malformed track ids', async () => {
    const u = newUser('F2');
    expect(codeOf(await api.gql(u, FAV, { t: crypto.randomUUID() }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(u, FAV, { t: 'TRACK#1' }))).toBe('BAD_USER_INPUT');
    const favs = dataOf(await api.gql(u, FAVS, {})).myFavourites as { edges: unknown[] };
    expect(favs.edges).toHaveLength(0);
  });
});

describe('Mutation.unfavouriteTrack', () => {
  it('is idempotent and lowers the count once', async () => {
    const a = newUser('A');
    const b = newUser('B');
    await api.gql(a, FAV, { t: id(2) });
    await api.gql(b, FAV, { t: id(2) });
    expect(dataOf(await api.gql(a, UNFAV, { t: id(2) })).unfavouriteTrack).toEqual({
      id: id(2),
      favouriteCount: 1,
      isFavourite: false,
    });
    expect(dataOf(await api.gql(a, UNFAV, { t: id(2) })).unfavouriteTrack).toEqual({
      id: id(2),
      favouriteCount: 1,
      isFavourite: false,
    });
    expect(codeOf(await api.gql(a, UNFAV, { t: crypto.randomUUID() }))).toBe('NOT_FOUND');
  });

  it('keeps the count exact when the same listener toggles concurrently', async () => {
    const u = newUser('Toggler');
    await Promise.all(Array.from({ length: 20 }, (_, i) => api.gql(u, i % 2 ? UNFAV : FAV, { t: id(3) })));
    const favs = dataOf(await api.gql(u, FAVS, {})).myFavourites as { edges: unknown[] };
    const counts = (await trackCounts(u, id(3))) as { favouriteCount: number; isFavourite: boolean };
    expect(counts.favouriteCount).toBe(favs.edges.length);
    expect(counts.isFavourite).toBe(favs.edges.length === 1);
  });
});

describe('Query.myFavourites', () => {
  it('lists favourites newest first with cursors', async () => {
    const u = newUser('Collector');
    for (const i of [0, 2, 1]) dataOf(await api.gql(u, FAV, { t: id(i) }));
    const first = dataOf(await api.gql(u, FAVS, { f: 2 })).myFavourites as {
      edges: { node: { track: { title: string; isFavourite: boolean } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    expect(first.edges.map((e) => e.node.track.title)).toEqual(['L1', 'L2']);
    expect(first.edges.every((e) => e.node.track.isFavourite)).toBe(true);
    const rest = dataOf(await api.gql(u, FAVS, { f: 2, a: first.pageInfo.endCursor })).myFavourites as {
      edges: { node: { track: { title: string } } }[];
      pageInfo: { hasNextPage: boolean };
    };
    expect(rest.edges.map((e) => e.node.track.title)).toEqual(['L0']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await api.gql(newUser('Thief'), FAVS, { f: 2, a: first.pageInfo.endCursor }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('Mutation.recordPlay', () => {
  it('records a play and bumps playCount once per play id, even when replayed concurrently', async () => {
    const u = newUser('Listener');
    const p = play(id(0));
    const before = ((await trackCounts(u, id(0))) as { playCount: number }).playCount;
    const results = await Promise.all(Array.from({ length: 10 }, () => api.gql(u, PLAY, { i: p })));
    for (const r of results)
      expect(dataOf(r).recordPlay).toMatchObject({ id: p.id, playedAt: p.playedAt, msPlayed: 31_000 });
    expect(((await trackCounts(u, id(0))) as { playCount: number }).playCount).toBe(before + 1);
    const again = dataOf(await api.gql(u, PLAY, { i: { ...p, msPlayed: 5 } })).recordPlay;
    expect(again).toMatchObject({ id: p.id, msPlayed: 31_000 });
  });

  it('refuses bad plays and records nothing', async () => {
    const u = newUser('BadPlayer');
    const cases: [Record<string, unknown>, string][] = [
      [{ trackId: crypto.randomUUID() }, 'NOT_FOUND'],
      [{ id: 'x' }, 'BAD_USER_INPUT'],
      [{ playedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'BAD_USER_INPUT'],
      [{ playedAt: '2001-01-01T00:00:00Z' }, 'BAD_USER_INPUT'],
      [{ playedAt: 'yesterday' }, 'BAD_USER_INPUT'],
      [{ msPlayed: -1 }, 'BAD_USER_INPUT'],
      [{ msPlayed: 90_000_000 }, 'BAD_USER_INPUT'],
    ];
    for (const [override, code] of cases) {
      expect(
        codeOf(await api.gql(u, PLAY, { i: { ...play(id(1)), ...override } })),
        JSON.stringify(override),
      ).toBe(code);
    }
    expect((dataOf(await api.gql(u, HISTORY, {})).myHistory as { edges: unknown[] }).edges).toHaveLength(0);
  });
});

describe('Query.myHistory', () => {
  it('lists plays newest first by playedAt, with cursors', async () => {
    const u = newUser('Historian');
    const base = Date.now() - 60_000;
    for (const [i, offset] of [
      [0, 0],
      [1, 20_000],
      [2, 10_000],
    ] as const) {
      dataOf(await api.gql(u, PLAY, { i: play(id(i), new Date(base + offset)) }));
    }
    const page = dataOf(await api.gql(u, HISTORY, { f: 2 })).myHistory as {
      edges: { node: { track: { title: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    expect(page.edges.map((e) => e.node.track.title)).toEqual(['L1', 'L2']);
    const rest = dataOf(await api.gql(u, HISTORY, { f: 2, a: page.pageInfo.endCursor })).myHistory as {
      edges: { node: { track: { title: string } } }[];
    };
    expect(rest.edges.map((e) => e.node.track.title)).toEqual(['L0']);
  });
});

describe('Mutation.clearHistory', () => {
  it("deletes the caller's plays only and keeps play counts", async () => {
    const u = newUser('Forgetful');
    const other = newUser('Keeper');
    for (let i = 0; i < 3; i++) dataOf(await api.gql(u, PLAY, { i: play(id(3)) }));
    dataOf(await api.gql(other, PLAY, { i: play(id(3)) }));
    const count = ((await trackCounts(u, id(3))) as { playCount: number }).playCount;
    expect(dataOf(await api.gql(u, 'mutation { clearHistory }')).clearHistory).toBe(true);
    expect((dataOf(await api.gql(u, HISTORY, {})).myHistory as { edges: unknown[] }).edges).toHaveLength(0);
    expect((dataOf(await api.gql(other, HISTORY, {})).myHistory as { edges: unknown[] }).edges).toHaveLength(
      1,
    );
    expect(((await trackCounts(u, id(3))) as { playCount: number }).playCount).toBe(count);
    expect(dataOf(await api.gql(u, 'mutation { clearHistory }')).clearHistory).toBe(true);
  });
});
