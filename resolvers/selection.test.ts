import { describe, expect, it } from 'vitest';
import type { ResolverInfo } from './event.ts';
import { childIntArgument } from './selection.ts';

const info = (selectionSetGraphQL: string, variables: Record<string, unknown> = {}): ResolverInfo => ({
  fieldName: 'playlist',
  parentTypeName: 'Query',
  variables,
  selectionSetList: [],
  selectionSetGraphQL,
});

describe('childIntArgument', () => {
  it('reads a literal or a variable argument of a direct child field', () => {
    expect(childIntArgument(info('{ id tracks(first: 50) { edges { cursor } } }'), 'tracks', 'first')).toBe(
      50,
    );
    expect(
      childIntArgument(info('{ tracks(first: $n) { edges { cursor } } }', { n: 7 }), 'tracks', 'first'),
    ).toBe(7);
    expect(
      childIntArgument(
        info('{\n  id\n  tracks(first: 12) {\n    edges {\n      cursor\n    }\n  }\n}'),
        'tracks',
        'first',
      ),
    ).toBe(12);
    expect(
      childIntArgument(
        info('{ ... on Playlist { tracks(first: 3) { pageInfo { hasNextPage } } } }'),
        'tracks',
        'first',
      ),
    ).toBe(3);
  });

  it('is undefined when the field or argument is absent or not an integer', () => {
    expect(childIntArgument(info('{ id name }'), 'tracks', 'first')).toBeUndefined();
    expect(childIntArgument(info('{ tracks { edges { cursor } } }'), 'tracks', 'first')).toBeUndefined();
    expect(
      childIntArgument(info('{ tracks(first: $n) { edges { cursor } } }', { n: 'x' }), 'tracks', 'first'),
    ).toBeUndefined();
    expect(
      childIntArgument(info('{ owner { tracks(first: 5) { edges { cursor } } } }'), 'tracks', 'first'),
    ).toBeUndefined();
    expect(childIntArgument(info(''), 'tracks', 'first')).toBeUndefined();
  });
});
