import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, startApi } from '../support/apiHarness.ts';
import { countCalls, readOperations, seedReadWorkload } from '../support/workload.ts';

let api: Api;
let workload: Awaited<ReturnType<typeof seedReadWorkload>>;
beforeAll(async () => {
  api = await startApi();
  workload = await seedReadWorkload(api);
}, 120_000);
afterAll(() => api.stop());

describe('DynamoDB round trips per operation', () => {
  it('reads a playlist page of 10, 50 or 100 entries with uploader, isFavourite and counts in the same 4 requests', async () => {
    const ops = readOperations(workload.playlistId);
    const counts = [];
    for (const op of [ops.playlistPage10, ops.playlistPage50, ops.playlistPage100]) {
      const calls = await countCalls(api, workload.listener, op);
      counts.push(calls.length);
      // One Query for header + entries, then one BatchGetItem each for tracks, uploaders and favourite markers.
      expect(calls.sort()).toEqual([
        'BatchGetItemCommand',
        'BatchGetItemCommand',
        'BatchGetItemCommand',
        'QueryCommand',
      ]);
    }
    expect(new Set(counts).size).toBe(1);
  });

  it('reads ahead the page asked for through a fragment and a variable too', async () => {
    const op = {
      query: `query($id: ID!, $n: Int) { playlist(id: $id) { ...Page } }
        fragment Page on Playlist { id tracks(first: $n) { edges { node { track { id uploader { id } isFavourite } } } } }`,
      variables: { id: workload.playlistId, n: 30 },
    };
    const calls = await countCalls(api, workload.listener, op);
    expect(calls.sort()).toEqual([
      'BatchGetItemCommand',
      'BatchGetItemCommand',
      'BatchGetItemCommand',
      'QueryCommand',
    ]);
  });

  it('reads a page of 50 tracks in 3 requests', async () => {
    const calls = await countCalls(api, workload.listener, readOperations(workload.playlistId).tracksPage50);
    expect(calls.sort()).toEqual(['BatchGetItemCommand', 'BatchGetItemCommand', 'QueryCommand']);
  });

  it('reads 50 favourites or 50 plays in 4 requests each', async () => {
    const ops = readOperations(workload.playlistId);
    for (const op of [ops.myFavourites50, ops.myHistory50]) {
      const calls = await countCalls(api, workload.listener, op);
      expect(calls.sort()).toEqual([
        'BatchGetItemCommand',
        'BatchGetItemCommand',
        'BatchGetItemCommand',
        'QueryCommand',
      ]);
    }
  });
});
