import { createHash } from 'node:crypto';
import type { LocalOutputs } from '../localOutputs.ts';
import { localCognitoClient } from '../userPool.ts';
import { ensureUser, signInIdToken } from './cognitoUsers.ts';
import { demoAlbums, demoFavourites, demoHistory, demoPlaylists, tuneFor } from './demoCatalog.ts';
import { type DemoUser, demoUsers } from './demoUsers.ts';
import { at, graphqlRequest, list, str, uploadFile } from './graphqlClient.ts';
import { coverPng } from './solidPng.ts';
import { wavClip } from './wavClip.ts';

export interface SeedProgress {
  start(total: number): void;
  tick(label: string): void;
  stop(): void;
}

export interface SeedResult {
  readonly tracksCreated: number;
  readonly playlistsCreated: number;
}

/** A UUID derived from a name, so re-running the seed records the same plays (recordPlay is idempotent). */
export const nameUuid = (name: string): string => {
  const h = createHash('sha1').update(`tunehub-seed:${name}`).digest('hex');
  const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/** Runs `work` over `items` with at most `limit` in flight. */
const pool = async <T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> => {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
};

/**
 * Creates the demo users, tracks (real WAV audio + PNG covers), playlists, favourites and history,
 * all THROUGH THE API, as the web client would. Idempotent: what exists (by title / name) is kept.
 */
export const seedDemoData = async (outputs: LocalOutputs, progress: SeedProgress): Promise<SeedResult> => {
  const cognito = localCognitoClient(outputs.CognitoEndpoint);
  const poolRef = { userPoolId: outputs.UserPoolId, clientId: outputs.UserPoolClientId };
  const api = outputs.GraphQLUrl;
  const tokens = new Map<DemoUser['key'], string>();
  const trackIds = new Map<string, string>();
  const tracks = demoAlbums.flatMap((a) => a.titles.map((title) => ({ ...a, title })));
  const favourites = Object.entries(demoFavourites).flatMap(([user, titles]) =>
    titles.map((t) => ({ user, t })),
  );
  progress.start(
    demoUsers.length + tracks.length + demoPlaylists.length + favourites.length + demoHistory.length,
  );
  try {
    for (const user of demoUsers) {
      await ensureUser(cognito, poolRef, user);
      const token = await signInIdToken(cognito, poolRef, user.email, user.password);
      tokens.set(user.key, token);
      const me = await graphqlRequest(
        api,
        token,
        'query { me { id displayName tracks(first: 100) { edges { node { id title } } } } }',
      );
      if (str(at(me, 'me', 'displayName')) !== user.displayName) {
        await graphqlRequest(
          api,
          token,
          'mutation ($n: String!) { updateProfile(input: { displayName: $n }) { id } }',
          {
            n: user.displayName,
          },
        );
      }
      for (const edge of list(at(me, 'me', 'tracks', 'edges'))) {
        trackIds.set(str(at(edge, 'node', 'title')), str(at(edge, 'node', 'id')));
      }
      progress.tick(`user ${user.email}`);
    }
    const token = (key: string): string => str(tokens.get(key === 'admin' ? 'admin' : 'listener'), 'token');
    let tracksCreated = 0;
    await pool(tracks, 4, async (t) => {
      if (!trackIds.has(t.title)) {
        const audio = wavClip(tuneFor(t.title, t.genre));
        const key = await uploadFile(api, token(t.uploader), {
          fileName: `${slug(t.title)}.wav`,
          contentType: 'audio/wav',
          bytes: audio.bytes,
        });
        const coverKey = await uploadFile(api, token(t.uploader), {
          fileName: `${slug(t.album)}.png`,
          contentType: 'image/png',
          bytes: coverPng(t.colours[0], t.colours[1]),
        });
        const created = await graphqlRequest(
          api,
          token(t.uploader),
          'mutation ($input: CreateTrackInput!) { createTrack(input: $input) { id } }',
          {
            input: {
              key,
              coverKey,
              title: t.title,
              artist: t.artist,
              album: t.album,
              genre: t.genre,
              durationSeconds: audio.durationSeconds,
            },
          },
        );
        trackIds.set(t.title, str(at(created, 'createTrack', 'id')));
        tracksCreated += 1;
      }
      progress.tick(t.title);
    });
    const id = (title: string): string => str(trackIds.get(title), `track id of ${title}`);
    const mine = await graphqlRequest(
      api,
      token('listener'),
      'query { myPlaylists(first: 100) { edges { node { name } } } }',
    );
    const existing = new Set(list(at(mine, 'myPlaylists', 'edges')).map((e) => at(e, 'node', 'name')));
    let playlistsCreated = 0;
    for (const p of demoPlaylists) {
      if (!existing.has(p.name)) {
        const created = await graphqlRequest(
          api,
          token('listener'),
          'mutation ($input: CreatePlaylistInput!) { createPlaylist(input: $input) { id version } }',
          { input: { name: p.name, description: p.description, isPublic: p.isPublic } },
        );
        await graphqlRequest(
          api,
          token('listener'),
          'mutation ($p: ID!, $t: [ID!]!, $v: Int) { addTracksToPlaylist(playlistId: $p, trackIds: $t, expectedVersion: $v) { id } }',
          {
            p: str(at(created, 'createPlaylist', 'id')),
            t: p.titles.map(id),
            v: at(created, 'createPlaylist', 'version'),
          },
        );
        playlistsCreated += 1;
      }
      progress.tick(p.name);
    }
    for (const f of favourites) {
      await graphqlRequest(api, token(f.user), 'mutation ($t: ID!) { favouriteTrack(trackId: $t) { id } }', {
        t: id(f.t),
      });
      progress.tick(`favourite ${f.t}`);
    }
    // Oldest first, a few minutes apart, ending just now.
    const now = Date.now();
    for (const [i, title] of demoHistory.entries()) {
      const playedAt = new Date(now - (demoHistory.length - i) * 7 * 60_000).toISOString();
      await graphqlRequest(
        api,
        token('listener'),
        'mutation ($input: RecordPlayInput!) { recordPlay(input: $input) { id } }',
        {
          input: { id: nameUuid(`play-${i}`), trackId: id(title), playedAt, msPlayed: 3000 },
        },
      );
      progress.tick(`play ${title}`);
    }
    return { tracksCreated, playlistsCreated };
  } finally {
    progress.stop();
    cognito.destroy();
  }
};
