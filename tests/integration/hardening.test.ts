import {
  InternalServerError,
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readConfig } from '../../resolvers/config.ts';
import { createDb, onDynamoDbCall } from '../../resolvers/data/client.ts';
import { createLambdaHandler } from '../../resolvers/lambda.ts';
import {
  type Api,
  claimsOf,
  graphqlEvent,
  type LambdaHandler,
  lambdaContext,
  newUser,
  startApi,
  type TestUser,
} from '../support/apiHarness.ts';
import { upload, wavFile } from '../support/fixtures.ts';

/**
 * DESIGN §4 and the error rules, proved through the real Lambda handler with real API Gateway
 * events. Faults DynamoDB Local never raises (throttling, internal errors, transaction conflicts)
 * are injected with middleware on a real SDK client, as STYLE.md asks.
 */

interface RawResponse {
  readonly status: number;
  readonly raw: string;
  readonly data: Record<string, unknown> | null | undefined;
  readonly errors: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] | undefined;
}

const call = async (handler: LambdaHandler, event: APIGatewayProxyEvent): Promise<RawResponse> => {
  const result = await handler(event, lambdaContext());
  const raw = result.body ?? '';
  let parsed: { data?: RawResponse['data']; errors?: RawResponse['errors'] } = {};
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch {
    // Not JSON: the assertions on `raw` and `status` say what it should have been.
  }
  return { status: result.statusCode, raw, data: parsed.data, errors: parsed.errors };
};

const post = (user: TestUser | null, query: string, variables: Record<string, unknown> = {}) =>
  graphqlEvent(JSON.stringify({ query, variables }), user ? claimsOf(user) : null);

const getEvent = (user: TestUser, query: string, headers: Record<string, string>): APIGatewayProxyEvent => ({
  ...graphqlEvent('', claimsOf(user), headers),
  httpMethod: 'GET',
  body: null,
  queryStringParameters: { query },
  multiValueQueryStringParameters: { query: [query] },
});

const codeOf = (res: RawResponse): unknown => res.errors?.[0]?.extensions?.code;

/** `data[name]` of a response that must have succeeded. */
const dataField = <T>(res: RawResponse, name: string): T => {
  const value = res.data?.[name];
  if (value === undefined || value === null) throw new Error(`no ${name}: ${res.raw}`);
  return value as T;
};

/** The integration's handler, called the way the harness calls the exported `handler`. */
const asHandler =
  (handler: ReturnType<typeof createLambdaHandler>): LambdaHandler =>
  async (event, context) => {
    const result = await handler(event, context, () => undefined);
    if (!result) throw new Error('the handler returned nothing');
    return result;
  };

/** A planned failure for DynamoDB calls that `matches`; `times` limits how often it fires. */
interface Fault {
  readonly matches: (command: string, input: unknown) => boolean;
  /** The error to throw; without one the request goes on to DynamoDB after `before`. */
  readonly error?: (() => Error) | undefined;
  /** Runs just before the error is thrown (e.g. a concurrent write that wins the race). */
  readonly before?: (() => Promise<void>) | undefined;
  times: number;
  hits: number;
}

const PLAYLIST_FIELDS =
  'id name version trackCount tracks(first: 100) { edges { node { id track { id } } } }';

interface PlaylistShape {
  id: string;
  name: string;
  version: number;
  trackCount: number;
  tracks: { edges: { node: { id: string; track: { id: string } } }[] };
}

let api: Api;
let faulty: LambdaHandler;
let localStage: LambdaHandler;
const faults: Fault[] = [];
let ddbCalls = 0;
let stopCounting: () => void;

/** The partition key of a TransactWriteItems request's first item, marshalled or not. */
const firstTransactPk = (input: unknown): string | undefined => {
  const items = (input as { TransactItems?: { Update?: { Key?: { pk?: unknown } } }[] }).TransactItems;
  const pk = items?.[0]?.Update?.Key?.pk;
  if (typeof pk === 'string') return pk;
  return typeof pk === 'object' && pk !== null && 'S' in pk && typeof pk.S === 'string' ? pk.S : undefined;
};

beforeAll(async () => {
  api = await startApi();
  stopCounting = onDynamoDbCall(() => {
    ddbCalls++;
  });
  const config = readConfig();
  const db = createDb({
    tableName: config.tableName,
    region: config.region,
    endpoint: config.dynamoDbEndpoint,
    configure: (client) =>
      // The deserialize step runs inside the SDK's retry loop, so a fault fires on every attempt
      // and the SDK's own retries (for throttling) happen before the error reaches our code.
      client.middlewareStack.add(
        (next, context) => async (args) => {
          const command = typeof context.commandName === 'string' ? context.commandName : '';
          const fault = faults.find((f) => f.times > 0 && f.matches(command, args.input));
          if (fault) {
            fault.times--;
            fault.hits++;
            await fault.before?.();
            if (fault.error) throw fault.error();
          }
          return next(args);
        },
        { step: 'deserialize', name: 'hardeningFaults' },
      ),
  });
  faulty = asHandler(createLambdaHandler(config, db));
  localStage = asHandler(createLambdaHandler({ ...config, stage: 'local' }));
});

afterEach(() => {
  faults.length = 0;
  vi.restoreAllMocks();
});

afterAll(async () => {
  stopCounting();
  await api.stop();
});

const inject = (fault: Omit<Fault, 'hits'>): Fault => {
  const armed = { ...fault, hits: 0 };
  faults.push(armed);
  return armed;
};

/** Counts the DynamoDB requests `run` causes. */
const countCalls = async <T>(run: () => Promise<T>): Promise<{ result: T; calls: number }> => {
  const before = ddbCalls;
  const result = await run();
  return { result, calls: ddbCalls - before };
};

/** Publishes a track the way the web client does: presigned POST to S3, then createTrack. */
const publishTrack = async (user: TestUser, title: string): Promise<string> => {
  const bytes = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(60)]);
  const up = await call(
    api.handler,
    post(
      user,
      'mutation U($input: CreateTrackUploadInput!) { createTrackUpload(input: $input) { url fields key } }',
      { input: { fileName: 'song.wav', contentType: 'audio/wav', sizeBytes: bytes.length } },
    ),
  );
  const upload = dataField<{ url: string; fields: string; key: string }>(up, 'createTrackUpload');
  const form = new FormData();
  for (const [k, v] of Object.entries(JSON.parse(upload.fields) as Record<string, string>)) form.append(k, v);
  form.append('file', new Blob([bytes], { type: 'audio/wav' }), 'song.wav');
  const stored = await fetch(upload.url, { method: 'POST', body: form });
  expect(stored.status).toBeLessThan(300);
  const created = await call(
    api.handler,
    post(user, 'mutation C($input: CreateTrackInput!) { createTrack(input: $input) { id } }', {
      input: { key: upload.key, title, artist: 'Hardening', durationSeconds: 30 },
    }),
  );
  expect(created.errors).toBeUndefined();
  return dataField<{ id: string }>(created, 'createTrack').id;
};

const readPlaylist = async (user: TestUser, id: string): Promise<PlaylistShape> => {
  const res = await call(
    api.handler,
    post(user, `query P($id: ID!) { playlist(id: $id) { ${PLAYLIST_FIELDS} } }`, { id }),
  );
  expect(res.errors).toBeUndefined();
  return dataField<PlaylistShape>(res, 'playlist');
};

describe('authentication', () => {
  const mutation = 'mutation { createPlaylist(input: { name: "Sneaky" }) { id } }';

  it('refuses a request without authorizer claims as UNAUTHENTICATED and touches no data', async () => {
    const { result, calls } = await countCalls(() => call(api.handler, post(null, mutation)));
    expect(result.status).toBe(401);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
    expect(calls).toBe(0);
  });

  it('refuses claims without a sub as UNAUTHENTICATED and touches no data', async () => {
    const { sub: _sub, ...claims } = claimsOf(newUser('nosub'));
    const event = graphqlEvent(JSON.stringify({ query: mutation }), claims);
    const { result, calls } = await countCalls(() => call(api.handler, event));
    expect(result.status).toBe(401);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(calls).toBe(0);
  });
});

describe('query limits', () => {
  const user = newUser('limits');
  /** me › playlists › edges › node › owner › playlists › edges › node › owner › `leaf`: depth 9 + leaf. */
  const deepQuery = (leaf: string) =>
    `{ me { playlists { edges { node { owner { playlists { edges { node { owner { ${leaf} } } } } } } } } } }`;

  it('answers a query of depth 10', async () => {
    const res = await call(api.handler, post(user, deepQuery('displayName')));
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toEqual({ playlists: { edges: [] } });
  });

  it('refuses a query of depth 11 with BAD_USER_INPUT and status 400', async () => {
    const res = await call(api.handler, post(user, deepQuery('playlists { __typename }')));
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded/);
    expect(res.data).toBeUndefined();
  });

  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

  it('answers 15 aliases', async () => {
    const res = await call(api.handler, post(user, aliased(15)));
    expect(res.status).toBe(200);
    expect(Object.keys(res.data ?? {})).toHaveLength(15);
  });

  it('refuses 16 aliases with BAD_USER_INPUT and status 400', async () => {
    const res = await call(api.handler, post(user, aliased(16)));
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
  });

  // resolvers/costLimit.ts: a field costs 1 plus its children; a connection costs 1 plus `first`
  // (literal or variable) times its children. node { id } = 2, edges = 3, tracks(first: 50) =
  // 1 + 50 × 3 = 151, node = 152, edges = 153, myPlaylists(first: n) = 1 + 153 n.
  const nestedPages =
    'query($n: Int) { myPlaylists(first: $n) { edges { node { tracks(first: 50) { edges { node { id } } } } } } }';

  it('answers nested pages of cost 4897 (32 playlists × 50 items)', async () => {
    const res = await call(api.handler, post(user, nestedPages, { n: 32 }));
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });

  it('refuses nested pages of cost 5050 > 5000, with the page size in a variable, as 400 BAD_USER_INPUT', async () => {
    const { result, calls } = await countCalls(() => call(api.handler, post(user, nestedPages, { n: 33 })));
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('Query cost 5050 exceeds the limit of 5000');
    expect(calls).toBe(0);
  });

  it('prices a literal page size the same way', async () => {
    const literal = nestedPages.replace('query($n: Int) ', '').replace('first: $n', 'first: 33');
    const res = await call(api.handler, post(user, literal));
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toBe('Query cost 5050 exceeds the limit of 5000');
  });

  // 15 tokens around the list plus one per id: the parser, not the resolver, must stop the long one.
  const manyIds = (n: number) =>
    `mutation { removePlaylistItems(playlistId: "${crypto.randomUUID()}", itemIds: [${Array.from(
      { length: n },
      () => '"x"',
    ).join(' ')}]) { id } }`;

  it('parses a document of 1995 tokens (the resolver refuses it on its own rules)', async () => {
    const { result, calls } = await countCalls(() => call(api.handler, post(user, manyIds(1980))));
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'itemIds' });
    expect(calls).toBe(0);
  });

  it('refuses a document over 2000 tokens with BAD_USER_INPUT and status 400', async () => {
    const { result, calls } = await countCalls(() => call(api.handler, post(user, manyIds(2100))));
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/2000 tokens/);
    expect(calls).toBe(0);
  });
});

describe('production schema privacy', () => {
  const user = newUser('privacy');

  it.each(['{ __schema { types { name } } }', '{ __type(name: "Track") { name fields { name } } }'])(
    'refuses introspection in production: %s',
    async (query) => {
      const res = await call(api.handler, post(user, query));
      expect(res.status).toBe(400);
      expect(res.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
      expect(res.raw).not.toContain('"Track"');
      expect(res.data).toBeUndefined();
    },
  );

  it('answers introspection on the local stage only', async () => {
    const res = await call(localStage, post(user, '{ __schema { queryType { name } } }'));
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('still answers __typename in production', async () => {
    const res = await call(api.handler, post(user, '{ __typename me { __typename } }'));
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query', me: { __typename: 'User' } });
  });

  it('gives no field suggestions in production', async () => {
    const res = await call(api.handler, post(user, '{ mee { id } }'));
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('Cannot query field "mee"');
    expect(res.raw).not.toMatch(/Did you mean/);
  });

  it('gives field suggestions on the local stage (so the check above can fail)', async () => {
    const res = await call(localStage, post(user, '{ mee { id } }'));
    expect(res.errors?.[0]?.message).toMatch(/Did you mean "me"/);
  });
});

describe('request shape', () => {
  const user = newUser('shape');
  const create = 'mutation { createPlaylist(input: { name: "Forged" }) { id } }';

  it('refuses a text/plain POST as a possible CSRF with status 400 and runs nothing', async () => {
    const event = graphqlEvent(JSON.stringify({ query: create }), claimsOf(user), {
      'content-type': 'text/plain',
    });
    const { result, calls } = await countCalls(() => call(api.handler, event));
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    expect(calls).toBe(0);
  });

  it('refuses a GET query without a preflight header with status 400', async () => {
    const res = await call(api.handler, getEvent(user, '{ __typename }', {}));
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('answers a GET query that carries apollo-require-preflight', async () => {
    const res = await call(
      api.handler,
      getEvent(user, '{ __typename }', { 'apollo-require-preflight': '1' }),
    );
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query' });
  });

  it('refuses a batched request (a JSON array) with status 400 and runs none of it', async () => {
    const body = JSON.stringify([{ query: create }, { query: create }]);
    const event = graphqlEvent(body, claimsOf(user));
    const { result, calls } = await countCalls(() => call(api.handler, event));
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/batching/i);
    expect(calls).toBe(0);
  });

  /** A POST body of exactly `bytes` bytes: the JSON request padded with trailing whitespace. */
  const paddedBody = (bytes: number) => {
    const json = JSON.stringify({ query: create });
    return json + ' '.repeat(bytes - Buffer.byteLength(json));
  };

  it('answers a request body of exactly 100 KB', async () => {
    const res = await call(api.handler, graphqlEvent(paddedBody(100 * 1024), claimsOf(user)));
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });

  it('refuses a request body over 100 KB with status 413 and runs nothing', async () => {
    const event = graphqlEvent(paddedBody(100 * 1024 + 1), claimsOf(user));
    const { result, calls } = await countCalls(() => call(api.handler, event));
    expect(result.status).toBe(413);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(calls).toBe(0);
  });

  it('refuses an unknown field with BAD_USER_INPUT and status 400', async () => {
    const res = await call(api.handler, post(user, '{ me { id password } }'));
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses a syntax error with BAD_USER_INPUT and status 400', async () => {
    const res = await call(api.handler, post(user, '{ me { id '));
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
  });

  it('refuses a variable of the wrong type with BAD_USER_INPUT and status 400', async () => {
    const res = await call(
      api.handler,
      post(user, 'query Q($n: Int) { myPlaylists(first: $n) { edges { cursor } } }', { n: 'ten' }),
    );
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('input checks', () => {
  const user = newUser('inputs');
  const createPlaylist = (name: string) =>
    call(
      api.handler,
      post(user, 'mutation C($input: CreatePlaylistInput!) { createPlaylist(input: $input) { id name } }', {
        input: { name },
      }),
    );
  const myPlaylistNames = async () => {
    const res = await call(
      api.handler,
      post(user, '{ myPlaylists(first: 100) { edges { node { name } } } }'),
    );
    const conn = dataField<{ edges: { node: { name: string } }[] }>(res, 'myPlaylists');
    return conn.edges.map((e) => e.node.name);
  };

  it('refuses a 10,000-character playlist name naming the field, and stores nothing', async () => {
    const res = await createPlaylist('x'.repeat(10_000));
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(res.data).toBeNull();
    expect(await myPlaylistNames()).toEqual([]);
  });

  it('trims input strings before storing them', async () => {
    const res = await createPlaylist('  Road trip \t');
    expect(res.data?.createPlaylist).toMatchObject({ name: 'Road trip' });
    expect(await myPlaylistNames()).toEqual(['Road trip']);
  });

  it('refuses a malformed id before it reaches DynamoDB', async () => {
    const { result, calls } = await countCalls(() =>
      call(api.handler, post(user, '{ playlist(id: "x#PLAYLIST") { id } }')),
    );
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(calls).toBe(0);
  });
});

describe('DynamoDB faults', () => {
  const user = newUser('faults');
  const batchGets = (command: string) => command === 'BatchGetItemCommand';

  it('masks an internal error and logs it once with the request id', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fault = inject({
      matches: batchGets,
      times: Number.POSITIVE_INFINITY,
      error: () =>
        new InternalServerError({
          message:
            'Internal error on arn:aws:dynamodb:us-east-1:123456789012:table/secret-users (key USER#1)',
          $metadata: {},
        }),
    });
    const event = post(user, '{ me { id displayName } }');
    const res = await call(faulty, event);
    expect(fault.hits).toBeGreaterThan(0);
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      { message: 'Internal server error', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(res.raw).not.toMatch(/arn:aws|secret|InternalServerError|USER#|stack|\.ts:\d+/);
    const lines = logged.mock.calls
      .map(([first]) => (typeof first === 'string' ? first : ''))
      .filter((line) => line.includes(event.requestContext.requestId));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      level: 'error',
      requestId: event.requestContext.requestId,
      name: 'InternalServerError',
      path: ['me'],
    });
  });

  it('reports throttling that outlasts the SDK retries as RATE_LIMITED', async () => {
    const fault = inject({
      matches: batchGets,
      times: Number.POSITIVE_INFINITY,
      error: () =>
        new ProvisionedThroughputExceededException({
          message: 'Rate of requests exceeds the allowed throughput',
          $metadata: {},
        }),
    });
    const res = await call(faulty, post(user, '{ me { id } }'));
    expect(fault.hits).toBeGreaterThan(1); // the SDK retried before giving up
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(res.raw).not.toMatch(/ProvisionedThroughput|throughput/);
  });

  describe('a transaction conflict on a playlist edit', () => {
    const owner = newUser('editor');
    let playlistId = '';
    let trackIds: string[] = [];
    const rename = (name: string) =>
      call(
        api.handler,
        post(
          owner,
          'mutation R($id: ID!, $n: String!) { updatePlaylist(id: $id, input: { name: $n }) { id } }',
          {
            id: playlistId,
            n: name,
          },
        ),
      );
    /**
     * Cancels the playlist's next TransactWriteItems as a TransactionConflict; with `concurrentName`
     * a real rename through the other handler lands first, as when a concurrent writer wins the race.
     */
    const conflictOnce = (concurrentName?: string) =>
      inject({
        matches: (command, input) =>
          command === 'TransactWriteItemsCommand' && firstTransactPk(input) === `PLAYLIST#${playlistId}`,
        times: 1,
        before: concurrentName
          ? async () => {
              expect((await rename(concurrentName)).errors).toBeUndefined();
            }
          : undefined,
        error: () =>
          new TransactionCanceledException({
            message: 'Transaction cancelled, please refer cancellation reasons for specific reasons',
            $metadata: {},
            CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }, { Code: 'None' }],
          }),
      });
    const add = (expectedVersion?: number) =>
      call(
        faulty,
        post(
          owner,
          `mutation A($p: ID!, $t: [ID!]!, $v: Int) {
            addTracksToPlaylist(playlistId: $p, trackIds: $t, expectedVersion: $v) { id name version trackCount }
          }`,
          { p: playlistId, t: trackIds, v: expectedVersion ?? null },
        ),
      );
    const trackOrder = (p: PlaylistShape) => p.tracks.edges.map((e) => e.node.track.id);

    beforeAll(async () => {
      trackIds = [await publishTrack(owner, 'One'), await publishTrack(owner, 'Two')];
      const created = await call(
        api.handler,
        post(owner, 'mutation { createPlaylist(input: { name: "Contended" }) { id version } }'),
      );
      playlistId = dataField<{ id: string }>(created, 'createPlaylist').id;
    });

    it('is retried without expectedVersion, and the add lands exactly once', async () => {
      const fault = conflictOnce();
      const res = await add();
      expect(fault.hits).toBe(1);
      expect(res.errors).toBeUndefined();
      expect(res.data?.addTracksToPlaylist).toEqual({
        id: playlistId,
        name: 'Contended',
        version: 2,
        trackCount: 2,
      });
      const stored = await readPlaylist(owner, playlistId);
      expect(stored).toMatchObject({ version: 2, trackCount: 2 });
      expect(trackOrder(stored)).toEqual(trackIds);
    });

    it('is retried without expectedVersion after a concurrent edit won, keeping both edits', async () => {
      const fault = conflictOnce('Renamed');
      const res = await add();
      expect(fault.hits).toBe(1);
      expect(res.errors).toBeUndefined();
      // version 2 → 3 (the concurrent rename) → 4 (this add, re-planned on top of it)
      expect(res.data?.addTracksToPlaylist).toEqual({
        id: playlistId,
        name: 'Renamed',
        version: 4,
        trackCount: 4,
      });
      const stored = await readPlaylist(owner, playlistId);
      expect(stored).toMatchObject({ name: 'Renamed', version: 4, trackCount: 4 });
      expect(trackOrder(stored)).toEqual([...trackIds, ...trackIds]);
    });

    it('fails with CONFLICT under expectedVersion when a concurrent edit won, and adds nothing', async () => {
      const before = await readPlaylist(owner, playlistId);
      const fault = conflictOnce('Renamed again');
      const res = await add(before.version);
      expect(fault.hits).toBe(1);
      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.data).toBeNull();
      expect(await readPlaylist(owner, playlistId)).toEqual({
        ...before,
        name: 'Renamed again',
        version: before.version + 1,
      });
    });

    it('gives up with RATE_LIMITED when every attempt loses the race, changing nothing', async () => {
      const before = await readPlaylist(owner, playlistId);
      const fault = inject({
        matches: (command, input) =>
          command === 'TransactWriteItemsCommand' && firstTransactPk(input) === `PLAYLIST#${playlistId}`,
        times: Number.POSITIVE_INFINITY,
        // The header's version condition fails every time, as if another writer always won.
        error: () =>
          new TransactionCanceledException({
            message: 'Transaction cancelled',
            $metadata: {},
            CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }, { Code: 'None' }],
          }),
      });
      const res = await add();
      fault.times = 0;
      expect(fault.hits).toBe(60);
      expect(res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(await readPlaylist(owner, playlistId)).toMatchObject({
        version: before.version,
        trackCount: before.trackCount,
      });
    }, 60_000);

    it('re-sends a transient conflict under expectedVersion when nobody changed the playlist', async () => {
      const before = await readPlaylist(owner, playlistId);
      const fault = conflictOnce();
      const res = await add(before.version);
      expect(fault.hits).toBe(1);
      expect(res.errors).toBeUndefined();
      expect(res.data?.addTracksToPlaylist).toEqual({
        id: playlistId,
        name: before.name,
        version: before.version + 1,
        trackCount: before.trackCount + 2,
      });
    });
  });
});

describe('deleteTrack racing addTracksToPlaylist', () => {
  const owner = newUser('racer');

  it('leaves no entry of the deleted track behind, so the playlist stays readable and counted', async () => {
    const [kept, doomed] = [await publishTrack(owner, 'Kept'), await publishTrack(owner, 'Doomed')];
    const created = await call(
      api.handler,
      post(owner, 'mutation { createPlaylist(input: { name: "Race" }) { id } }'),
    );
    const playlistId = dataField<{ id: string }>(created, 'createPlaylist').id;
    // The add has read both tracks and planned its transaction; the delete (and its GSI5 cleanup)
    // lands just before the transaction is sent.
    const fault = inject({
      matches: (command, input) =>
        command === 'TransactWriteItemsCommand' && firstTransactPk(input) === `PLAYLIST#${playlistId}`,
      times: 1,
      before: async () => {
        const res = await call(
          api.handler,
          post(owner, 'mutation D($id: ID!) { deleteTrack(id: $id) }', { id: doomed }),
        );
        expect(res.data).toEqual({ deleteTrack: doomed });
      },
    });
    await call(
      faulty,
      post(
        owner,
        'mutation A($p: ID!, $t: [ID!]!) { addTracksToPlaylist(playlistId: $p, trackIds: $t) { id } }',
        {
          p: playlistId,
          t: [kept, doomed],
        },
      ),
    );
    expect(fault.hits).toBe(1);
    const res = await call(
      api.handler,
      post(owner, `query P($id: ID!) { playlist(id: $id) { ${PLAYLIST_FIELDS} } }`, { id: playlistId }),
    );
    expect(res.errors).toBeUndefined();
    const stored = dataField<PlaylistShape>(res, 'playlist');
    expect(stored.tracks.edges.map((e) => e.node.track.id)).not.toContain(doomed);
    expect(stored.trackCount).toBe(stored.tracks.edges.length);
  });
});

describe('createTrack when the row cannot be written', () => {
  it('removes the copies it committed, keeps the upload for a retry, and masks the error', async () => {
    const owner = newUser('Unlucky');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const key = await upload(api, owner, { name: 'a.wav', type: 'audio/wav', bytes: wavFile() });
    const fault = inject({
      matches: (command, input) => command === 'PutItemCommand' && JSON.stringify(input).includes('"TRACK#'),
      times: 1,
      error: () => new InternalServerError({ message: 'boom', $metadata: {} }),
    });
    const res = await call(
      faulty,
      post(owner, 'mutation($i: CreateTrackInput!) { createTrack(input: $i) { id } }', {
        i: { key, title: 'T', artist: 'A', durationSeconds: 1 },
      }),
    );
    expect(fault.hits).toBe(1);
    expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const listing = await (
      await fetch(`${api.s3Endpoint}/${api.bucket}?list-type=2&prefix=media/${owner.sub}/`)
    ).text();
    expect(listing).not.toContain('<Key>');
    expect((await fetch(`${api.s3Endpoint}/${api.bucket}/${key}`, { method: 'HEAD' })).status).toBe(200);
    // The retry succeeds with the same upload.
    const retry = await call(
      faulty,
      post(owner, 'mutation($i: CreateTrackInput!) { createTrack(input: $i) { id title } }', {
        i: { key, title: 'T', artist: 'A', durationSeconds: 1 },
      }),
    );
    expect(dataField<{ title: string }>(retry, 'createTrack').title).toBe('T');
  });
});
