import type { Api, GraphQLResponse, TestUser } from './apiHarness.ts';

/** A valid 16-bit mono PCM WAV of `seconds` of a sine tone: a real audio file, made locally. */
export const wavFile = (seconds = 0.2, hz = 440, sampleRate = 8000): Uint8Array => {
  const samples = Math.round(seconds * sampleRate);
  const buf = Buffer.alloc(44 + samples * 2);
  buf.write('RIFF', 0);
  buf.writeUInt32LE(36 + samples * 2, 4);
  buf.write('WAVEfmt ', 8);
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(sampleRate, 24);
  buf.writeUInt32LE(sampleRate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36);
  buf.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++)
    buf.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * hz * i) / sampleRate)), 44 + i * 2);
  return new Uint8Array(buf);
};

/** Throws with the GraphQL errors when a response has any; returns its data otherwise. */
export const dataOf = (res: GraphQLResponse): Record<string, unknown> => {
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  if (!res.data) throw new Error(`no data (status ${res.status})`);
  return res.data;
};

/** The first error's `extensions.code`. */
export const codeOf = (res: GraphQLResponse): unknown => res.errors?.[0]?.extensions?.code;

const field = <T>(data: Record<string, unknown>, name: string): T => data[name] as T;

interface Upload {
  url: string;
  fields: string;
  key: string;
}

/** createTrackUpload, then the presigned POST as a browser sends it (fields first, file last). */
export const upload = async (
  api: Api,
  user: TestUser,
  file: { name: string; type: string; bytes: Uint8Array; declaredSize?: number },
): Promise<string> => {
  const res = await api.gql(
    user,
    'mutation U($input: CreateTrackUploadInput!) { createTrackUpload(input: $input) { url fields key expiresAt } }',
    {
      input: {
        fileName: file.name,
        contentType: file.type,
        sizeBytes: file.declaredSize ?? file.bytes.length,
      },
    },
  );
  const up = field<Upload>(dataOf(res), 'createTrackUpload');
  const form = new FormData();
  for (const [k, v] of Object.entries(JSON.parse(up.fields) as Record<string, string>)) form.append(k, v);
  form.append('file', new Blob([Buffer.from(file.bytes)], { type: file.type }), file.name);
  const post = await fetch(up.url, { method: 'POST', body: form });
  if (post.status >= 300) throw new Error(`upload failed: ${post.status} ${await post.text()}`);
  return up.key;
};

export const TRACK_FIELDS = `id title artist album genre durationSeconds streamUrl coverUrl playCount favouriteCount
  isFavourite createdAt uploader { id displayName }`;

export interface TrackShape {
  id: string;
  title: string;
  artist: string;
  album: string | null;
  genre: string | null;
  durationSeconds: number;
  streamUrl: string;
  coverUrl: string | null;
  playCount: number;
  favouriteCount: number;
  isFavourite: boolean;
  createdAt: string;
  uploader: { id: string; displayName: string };
}

/** Uploads a generated WAV and publishes it as a track. */
export const createTrack = async (
  api: Api,
  user: TestUser,
  meta: {
    title?: string;
    artist?: string;
    album?: string;
    genre?: string;
    durationSeconds?: number;
    coverKey?: string;
  } = {},
): Promise<TrackShape> => {
  const key = await upload(api, user, { name: 'song.wav', type: 'audio/wav', bytes: wavFile() });
  const res = await api.gql(
    user,
    `mutation C($input: CreateTrackInput!) { createTrack(input: $input) { ${TRACK_FIELDS} } }`,
    {
      input: { key, title: 'Song', artist: 'Artist', durationSeconds: 0.2, ...meta },
    },
  );
  return field<TrackShape>(dataOf(res), 'createTrack');
};

export const createPlaylist = async (api: Api, user: TestUser, name = 'Mix', isPublic = false) => {
  const res = await api.gql(
    user,
    'mutation P($input: CreatePlaylistInput!) { createPlaylist(input: $input) { id version } }',
    {
      input: { name, isPublic },
    },
  );
  return field<{ id: string; version: number }>(dataOf(res), 'createPlaylist');
};

export const PLAYLIST_FIELDS = `id name description isPublic trackCount durationSeconds version createdAt updatedAt
  owner { id } tracks(first: 100) { edges { cursor node { id addedAt track { id title } } } pageInfo { hasNextPage endCursor } }`;

export interface PlaylistShape {
  id: string;
  name: string;
  description: string | null;
  isPublic: boolean;
  trackCount: number;
  durationSeconds: number;
  version: number;
  owner: { id: string };
  tracks: {
    edges: { cursor: string; node: { id: string; addedAt: string; track: { id: string; title: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const getPlaylist = async (api: Api, user: TestUser, id: string): Promise<PlaylistShape | null> =>
  field<PlaylistShape | null>(
    dataOf(await api.gql(user, `query G($id: ID!) { playlist(id: $id) { ${PLAYLIST_FIELDS} } }`, { id })),
    'playlist',
  );
