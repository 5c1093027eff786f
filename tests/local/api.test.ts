import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  GraphQLRequestError,
  graphqlRequest,
  str,
  uploadFile,
} from '../../infra/local/seed/graphqlClient.ts';
import { coverPng } from '../../infra/local/seed/solidPng.ts';
import { wavClip } from '../../infra/local/seed/wavClip.ts';
import { startTestStack, type TestStack } from './support/testStack.ts';
import { newUser, type TestUser } from './support/testUsers.ts';

let t: TestStack;
let alice: TestUser;
let bob: TestUser;
let admin: TestUser;

const gql = (user: TestUser, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(t.stack.outputs.GraphQLUrl, user.idToken, query, variables);

const createTrack = async (user: TestUser, input: Record<string, unknown>) =>
  gql(user, 'mutation ($input: CreateTrackInput!) { createTrack(input: $input) { id title streamUrl } }', {
    input: { title: 'Test tune', artist: 'Tester', durationSeconds: 1.5, ...input },
  });

const codeOf = async (work: Promise<unknown>): Promise<string | undefined> => {
  try {
    await work;
    return undefined;
  } catch (err) {
    if (err instanceof GraphQLRequestError) return err.errors[0]?.code;
    throw err;
  }
};

const tableItemCount = async (): Promise<number> => {
  const ddb = new DynamoDBClient({
    endpoint: t.stack.outputs.DynamoDbEndpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const { Count } = await ddb.send(
    new ScanCommand({ TableName: t.stack.outputs.TableName, Select: 'COUNT' }),
  );
  ddb.destroy();
  return Count ?? 0;
};

/** createTrackUpload, then a presigned POST whose form the uploader tampered with (S3 would refuse it). */
const tamperedUpload = async (user: TestUser, declared: string, sentType: string, bytes: Uint8Array) => {
  const data = await gql(
    user,
    'mutation ($input: CreateTrackUploadInput!) { createTrackUpload(input: $input) { url fields key } }',
    { input: { fileName: 'x.bin', contentType: declared, sizeBytes: 1000 } },
  );
  const fields: unknown = JSON.parse(str(at(data, 'createTrackUpload', 'fields')));
  const form = new FormData();
  for (const [k, v] of Object.entries(typeof fields === 'object' && fields !== null ? fields : {})) {
    form.append(k, k.toLowerCase() === 'content-type' ? sentType : String(v));
  }
  form.append('file', new Blob([new Uint8Array(bytes)], { type: sentType }), 'x.bin');
  const res = await fetch(str(at(data, 'createTrackUpload', 'url')), {
    method: 'POST',
    body: form,
    headers: { Origin: t.stack.outputs.WebUrl },
  });
  expect(res.ok).toBe(true);
  // A browser may only read the answer of a cross-origin form POST when the bucket's CORS rule allows it.
  expect(res.headers.get('access-control-allow-origin')).toBe(t.stack.outputs.WebUrl);
  return str(at(data, 'createTrackUpload', 'key'));
};

beforeAll(async () => {
  t = await startTestStack();
  [alice, bob, admin] = await Promise.all([
    newUser(t, 'alice'),
    newUser(t, 'bob'),
    newUser(t, 'admin', { admin: true }),
  ]);
});

afterAll(async () => {
  await t?.stop();
});

describe('the API through the local stack', () => {
  it('creates the profile on the first `me` from the token claims', async () => {
    const data = await gql(alice, 'query { me { id email displayName } }');
    expect(at(data, 'me', 'email')).toBe(alice.email);
    expect(str(at(data, 'me', 'id'))).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('uploads audio with a presigned POST, publishes it, and streams byte ranges from the presigned GET', async () => {
    const audio = wavClip({ notes: [60, 62, 64, 65], noteSeconds: 0.25, brightness: 0.3 });
    const key = await uploadFile(t.stack.outputs.GraphQLUrl, alice.idToken, {
      fileName: 'tune.wav',
      contentType: 'audio/wav',
      bytes: audio.bytes,
    });
    const created = await createTrack(alice, { key, durationSeconds: audio.durationSeconds });
    const streamUrl = str(at(created, 'createTrack', 'streamUrl'));
    const res = await fetch(streamUrl, { headers: { Range: 'bytes=0-99', Origin: t.stack.outputs.WebUrl } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${audio.bytes.byteLength}`);
    expect(res.headers.get('access-control-allow-origin')).toBe(t.stack.outputs.WebUrl);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(audio.bytes.subarray(0, 100));
  });

  it('lets the web origin preflight an upload to the bucket', async () => {
    const res = await fetch(`${t.stack.outputs.S3Endpoint}/${t.stack.outputs.FileBucket}`, {
      method: 'OPTIONS',
      headers: { Origin: t.stack.outputs.WebUrl, 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('rejects a wrong-type upload in createTrack and writes no row', async () => {
    const key = await tamperedUpload(alice, 'audio/wav', 'text/plain', new TextEncoder().encode('not audio'));
    const before = await tableItemCount();
    expect(await codeOf(createTrack(alice, { key }))).toBe('BAD_USER_INPUT');
    expect(await tableItemCount()).toBe(before);
  });

  it('rejects an oversized cover in createTrack and writes no row', async () => {
    const audio = wavClip({ notes: [60], noteSeconds: 0.5, brightness: 0 });
    const key = await uploadFile(t.stack.outputs.GraphQLUrl, alice.idToken, {
      fileName: 'a.wav',
      contentType: 'audio/wav',
      bytes: audio.bytes,
    });
    const png = coverPng([0, 0, 0], [255, 255, 255]);
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(png);
    const coverKey = await tamperedUpload(alice, 'image/png', 'image/png', huge);
    const before = await tableItemCount();
    expect(await codeOf(createTrack(alice, { key, coverKey }))).toBe('BAD_USER_INPUT');
    expect(await tableItemCount()).toBe(before);
  });

  it('carries the admin group to the resolvers: an admin may delete another user’s track, others may not', async () => {
    const audio = wavClip({ notes: [67, 64], noteSeconds: 0.25, brightness: 0.8 });
    const key = await uploadFile(t.stack.outputs.GraphQLUrl, alice.idToken, {
      fileName: 'mine.wav',
      contentType: 'audio/wav',
      bytes: audio.bytes,
    });
    const id = str(
      at(await createTrack(alice, { key, durationSeconds: audio.durationSeconds }), 'createTrack', 'id'),
    );
    const remove = (user: TestUser) => gql(user, 'mutation ($id: ID!) { deleteTrack(id: $id) }', { id });
    expect(await codeOf(remove(bob))).toBe('FORBIDDEN');
    expect(at(await gql(bob, 'query ($id: ID!) { track(id: $id) { id } }', { id }), 'track', 'id')).toBe(id);
    expect(at(await remove(admin), 'deleteTrack')).toBe(id);
    expect(at(await gql(alice, 'query ($id: ID!) { track(id: $id) { id } }', { id }), 'track')).toBeNull();
  });
});
