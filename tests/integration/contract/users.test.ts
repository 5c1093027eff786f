import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, newUser, startApi } from '../../support/apiHarness.ts';
import { codeOf, dataOf, upload, wavFile } from '../../support/fixtures.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('Query.me', () => {
  it('creates the profile from the token claims on first use, then returns the same one', async () => {
    const u = newUser('Ann');
    const first = dataOf(await api.gql(u, '{ me { id displayName email createdAt avatarUrl } }')).me;
    expect(first).toMatchObject({ id: u.sub, displayName: 'Ann', email: u.email, avatarUrl: null });
    const again = dataOf(await api.gql(u, '{ me { id createdAt } }')).me;
    expect(again).toEqual({ id: u.sub, createdAt: (first as { createdAt: string }).createdAt });
  });

  it('creates exactly one profile when first requests race', async () => {
    const u = newUser('Racer');
    const all = await Promise.all(Array.from({ length: 8 }, () => api.gql(u, '{ me { id createdAt } }')));
    const created = new Set(all.map((r) => JSON.stringify(dataOf(r).me)));
    expect(created.size).toBe(1);
  });

  it('refuses a request without authorizer claims as UNAUTHENTICATED', async () => {
    const res = await api.gql(null, '{ me { id } }');
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.status).toBe(401);
  });
});

describe('Query.user', () => {
  it('shows a public profile without the email to others, with it to the user', async () => {
    const ann = newUser('Ann');
    const bob = newUser('Bob');
    await api.gql(ann, '{ me { id } }');
    const seenByBob = dataOf(
      await api.gql(bob, 'query($id: ID!) { user(id: $id) { id displayName email } }', { id: ann.sub }),
    ).user;
    expect(seenByBob).toEqual({ id: ann.sub, displayName: 'Ann', email: null });
    const seenByAnn = dataOf(
      await api.gql(ann, 'query($id: ID!) { user(id: $id) { email } }', { id: ann.sub }),
    ).user;
    expect(seenByAnn).toEqual({ email: ann.email });
  });

  it('is null for an unknown user and refuses a malformed id', async () => {
    const u = newUser('X');
    expect(
      dataOf(await api.gql(u, 'query($id: ID!) { user(id: $id) { id } }', { id: crypto.randomUUID() })).user,
    ).toBeNull();
    const bad = await api.gql(u, 'query($id: ID!) { user(id: $id) { id } }', { id: 'USER#x' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('id');
  });
});

describe('Mutation.updateProfile', () => {
  const UPDATE =
    'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName avatarUrl } }';

  it('changes the display name (trimmed) and sets an uploaded avatar', async () => {
    const u = newUser('Cy');
    const avatarKey = await upload(api, u, {
      name: 'me.png',
      type: 'image/png',
      bytes: new Uint8Array(PNG_1PX),
    });
    const updated = dataOf(await api.gql(u, UPDATE, { input: { displayName: '  Cyrus  ', avatarKey } }))
      .updateProfile as {
      displayName: string;
      avatarUrl: string;
    };
    expect(updated.displayName).toBe('Cyrus');
    const img = await fetch(updated.avatarUrl);
    expect(img.status).toBe(200);
    expect(Buffer.from(await img.arrayBuffer()).equals(PNG_1PX)).toBe(true);
  });

  it('refuses an empty or too long display name and changes nothing', async () => {
    const u = newUser('Dee');
    await api.gql(u, '{ me { id } }');
    for (const displayName of ['   ', 'x'.repeat(81)]) {
      const res = await api.gql(u, UPDATE, { input: { displayName } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe('input.displayName');
    }
    expect(dataOf(await api.gql(u, '{ me { displayName } }')).me).toEqual({ displayName: 'Dee' });
  });

  it("refuses an avatar that is someone else's upload, not an image, or missing", async () => {
    const u = newUser('Eve');
    const other = newUser('Fay');
    const othersKey = await upload(api, other, {
      name: 'x.png',
      type: 'image/png',
      bytes: new Uint8Array(PNG_1PX),
    });
    const audioKey = await upload(api, u, { name: 'x.wav', type: 'audio/wav', bytes: wavFile() });
    for (const avatarKey of [othersKey, audioKey, `uploads/${u.sub}/nothing/here.png`, '../etc/passwd']) {
      const res = await api.gql(u, UPDATE, { input: { avatarKey } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
    expect(dataOf(await api.gql(u, '{ me { avatarUrl } }')).me).toEqual({ avatarUrl: null });
  });

  it('refuses an update with nothing to change', async () => {
    const res = await api.gql(newUser('G'), UPDATE, { input: {} });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});
