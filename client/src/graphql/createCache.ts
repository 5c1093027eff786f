import { cacheExchange } from '@urql/exchange-graphcache';
import type { Exchange } from 'urql';
import { cacheKeys } from './cacheKeys.ts';
import { cacheOptimistic } from './cacheOptimistic.ts';
import { cacheResolvers } from './cacheResolvers.ts';
import { cacheUpdates } from './cacheUpdates.ts';

/** The app's normalized cache: keys, pagination resolvers, mutation updates and optimistic results. */
export function createCache(): Exchange {
  return cacheExchange({
    keys: cacheKeys,
    resolvers: cacheResolvers,
    updates: cacheUpdates,
    optimistic: cacheOptimistic,
  });
}
