import { readConfig } from '../../resolvers/config.ts';
import { createServices } from '../../resolvers/context.ts';
import { onDynamoDbCall } from '../../resolvers/data/client.ts';
import type { TrackItem } from '../../resolvers/data/models.ts';
import type { Api, TestUser } from './apiHarness.ts';
import { newUser } from './apiHarness.ts';
import { dataOf } from './fixtures.ts';

/**
 * The read workload behind the round-trip tests and `npm run bench`: a listener with 100 favourites,
 * 100 plays and a 100-entry playlist over tracks from 5 uploaders. Rows are written through the
 * repositories (the write paths have their own tests); the reads go through the real handler.
 */
export const seedReadWorkload = async (api: Api) => {
  const services = createServices(readConfig());
  const listener = newUser('Listener');
  const uploaders = Array.from({ length: 5 }, (_, i) => newUser(`Uploader${i}`));
  for (const u of [listener, ...uploaders]) dataOf(await api.gql(u, '{ me { id } }'));
  const tracks: TrackItem[] = [];
  for (let i = 0; i < 100; i++) {
    const uploader = uploaders[i % uploaders.length] as TestUser;
    const id = crypto.randomUUID();
    tracks.push(
      await services.tracks.create({
        id,
        title: `Track ${i}`,
        artist: `Artist ${i % 7}`,
        album: null,
        genre: i % 2 ? 'Jazz' : 'Rock',
        durationSeconds: 180 + i,
        audioKey: `media/${uploader.sub}/${id}/audio.wav`,
        audioContentType: 'audio/wav',
        coverKey: null,
        uploaderId: uploader.sub,
        playCount: 0,
        favouriteCount: 0,
        createdAt: new Date(Date.now() - (100 - i) * 1000).toISOString(),
      }),
    );
  }
  const playlist = await services.playlists.create({
    id: crypto.randomUUID(),
    ownerId: listener.sub,
    name: 'Bench',
    description: null,
    isPublic: false,
    trackCount: 0,
    durationSeconds: 0,
    version: 1,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  });
  const edit = {
    playlistId: playlist.id,
    callerId: listener.sub,
    expectedVersion: undefined,
    now: () => new Date().toISOString(),
  };
  for (let i = 0; i < 100; i += 25)
    await services.playlistEdits.add(edit, tracks.slice(i, i + 25), undefined);
  for (const [i, t] of tracks.entries()) {
    await services.library.favourite({
      userId: listener.sub,
      trackId: t.id,
      favouritedAt: new Date(Date.now() - 1000 * (100 - i)).toISOString(),
    });
    await services.library.recordPlay({
      id: crypto.randomUUID(),
      userId: listener.sub,
      trackId: t.id,
      playedAt: new Date(Date.now() - 1000 * (100 - i)).toISOString(),
      msPlayed: 30_000,
    });
  }
  return { listener, playlistId: playlist.id, tracks, services };
};

const TRACK = 'id title playCount favouriteCount isFavourite uploader { id displayName }';

/** The operations whose DynamoDB round trips DESIGN §5 tracks, by bench key. */
export const readOperations = (playlistId: string) => ({
  playlistPage10: {
    query: `query($id: ID!) { playlist(id: $id) { id name trackCount tracks(first: 10) { edges { node { id addedAt track { ${TRACK} } } } } } }`,
    variables: { id: playlistId },
  },
  playlistPage50: {
    query: `query($id: ID!) { playlist(id: $id) { id name trackCount tracks(first: 50) { edges { node { id addedAt track { ${TRACK} } } } } } }`,
    variables: { id: playlistId },
  },
  playlistPage100: {
    query: `query($id: ID!) { playlist(id: $id) { id name trackCount tracks(first: 100) { edges { node { id addedAt track { ${TRACK} } } } } } }`,
    variables: { id: playlistId },
  },
  tracksPage50: { query: `{ tracks(first: 50) { edges { node { ${TRACK} } } } }`, variables: {} },
  myFavourites50: {
    query: `{ myFavourites(first: 50) { edges { node { favouritedAt track { ${TRACK} } } } } }`,
    variables: {},
  },
  myHistory50: {
    query: `{ myHistory(first: 50) { edges { node { playedAt track { ${TRACK} } } } } }`,
    variables: {},
  },
});

/** Runs one operation as `user` and returns how many DynamoDB requests it made, by command. */
export const countCalls = async (
  api: Api,
  user: TestUser,
  op: { query: string; variables: Record<string, unknown> },
) => {
  const calls: string[] = [];
  const stop = onDynamoDbCall((name) => calls.push(name));
  try {
    const res = await api.gql(user, op.query, op.variables);
    dataOf(res);
    return calls;
  } finally {
    stop();
  }
};
