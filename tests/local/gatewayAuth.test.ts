import { CreateUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorKey, payloadOf, signJwt, strangerKey, unsignedJwt } from './support/forgeToken.ts';
import { startTestStack, type TestStack } from './support/testStack.ts';
import { newUser, signIn, type TestUser } from './support/testUsers.ts';

let t: TestStack;
let user: TestUser;
let otherClientToken: string;

const meQuery = JSON.stringify({ query: 'query Me { me { id email } }' });
const post = (authorization: string | undefined, body = meQuery, headers: Record<string, string> = {}) =>
  fetch(t.stack.outputs.GraphQLUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(authorization ? { Authorization: authorization } : {}),
      ...headers,
    },
    body,
  });

beforeAll(async () => {
  t = await startTestStack();
  user = await newUser(t, 'auth');
  // A genuine ID token of the same pool, issued to another app client: right signature, wrong audience.
  const { UserPoolClient } = await t.cognito.send(
    new CreateUserPoolClientCommand({
      UserPoolId: t.stack.outputs.UserPoolId,
      ClientName: 'someone-else',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
    }),
  );
  otherClientToken = (await signIn(t, user.email, user.password, UserPoolClient?.ClientId)).idToken;
});

afterAll(async () => {
  await t?.stop();
});

describe('local gateway authorizer', () => {
  it('passes a valid ID token, with or without "Bearer ", to the handler', async () => {
    const before = t.stack.gateway.invocations();
    for (const header of [user.idToken, `Bearer ${user.idToken}`]) {
      const res = await post(header);
      expect(res.status).toBe(200);
      const body: unknown = await res.json();
      expect(body).toMatchObject({ data: { me: { email: user.email } } });
    }
    expect(t.stack.gateway.invocations()).toBe(before + 2);
  });

  it('refuses every bad token with 401 Unauthorized and never invokes the handler', async () => {
    const genuine = payloadOf(user.idToken);
    const now = Math.floor(Date.now() / 1000);
    const bad: Record<string, string | undefined> = {
      missing: undefined,
      malformed: 'not-a-jwt',
      'malformed bearer': 'Bearer abc.def.ghi',
      expired: signJwt({ ...genuine, iat: now - 7200, exp: now - 3600 }, emulatorKey()),
      'signed by another key': signJwt({ ...genuine, exp: now + 3600 }, strangerKey()),
      'alg none': unsignedJwt({ ...genuine, exp: now + 3600 }),
      'wrong audience (another app client)': otherClientToken,
      'wrong issuer': signJwt({ ...genuine, iss: `${genuine.iss}x` }, emulatorKey()),
      'access token instead of ID token': user.accessToken,
      'ID token with token_use access': signJwt({ ...genuine, token_use: 'access' }, emulatorKey()),
      'no expiry': signJwt({ ...genuine, exp: undefined }, emulatorKey()),
    };
    const before = t.stack.gateway.invocations();
    for (const [name, header] of Object.entries(bad)) {
      const res = await post(header);
      expect({ name, status: res.status, body: await res.json() }).toEqual({
        name,
        status: 401,
        body: { message: 'Unauthorized' },
      });
    }
    expect(t.stack.gateway.invocations()).toBe(before);
  });

  it('accepts a token forged with the emulator key only when every claim is right (the check is real)', async () => {
    const res = await post(signJwt(payloadOf(user.idToken), emulatorKey()));
    expect(res.status).toBe(200);
  });

  it('refuses a body over 100 KB with 413 before the handler runs', async () => {
    const before = t.stack.gateway.invocations();
    const big = JSON.stringify({ query: `query Me { me { id } } # ${'x'.repeat(101 * 1024)}` });
    const res = await post(user.idToken, big);
    expect(res.status).toBe(413);
    expect(t.stack.gateway.invocations()).toBe(before);
  });

  it('answers CORS for the web origin only, on preflight and on responses, 401s included', async () => {
    const webOrigin = t.stack.outputs.WebUrl;
    const preflight = await fetch(t.stack.outputs.GraphQLUrl, {
      method: 'OPTIONS',
      headers: {
        Origin: webOrigin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(webOrigin);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const ok = await post(user.idToken, meQuery, { Origin: webOrigin });
    expect(ok.headers.get('access-control-allow-origin')).toBe(webOrigin);
    const refused = await post(undefined, meQuery, { Origin: webOrigin });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(webOrigin);
    const stranger = await post(user.idToken, meQuery, { Origin: 'http://evil.example' });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the web config and the explorer without a token', async () => {
    const config: unknown = await (await fetch(`${t.stack.gateway.url}/config.json`)).json();
    expect(config).toEqual({
      graphqlUrl: t.stack.outputs.GraphQLUrl,
      region: 'us-east-1',
      userPoolId: t.stack.outputs.UserPoolId,
      userPoolClientId: t.stack.outputs.UserPoolClientId,
      fileBucket: t.stack.outputs.FileBucket,
      authFlow: 'USER_PASSWORD_AUTH',
      cognitoEndpoint: t.stack.outputs.CognitoEndpoint,
    });
    const page = await fetch(`${t.stack.gateway.url}/`);
    expect(await page.text()).toContain('/explorer/explorer.js');
    const script = await fetch(`${t.stack.gateway.url}/explorer/explorer.js`);
    expect(script.status).toBe(200);
    expect(Number(script.headers.get('content-length'))).toBeGreaterThan(100_000);
  });

  it('turns on introspection locally (TUNEHUB_STAGE=local)', async () => {
    const res = await post(user.idToken, JSON.stringify({ query: '{ __schema { queryType { name } } }' }));
    expect(await res.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
