import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from './__generated__/typeDefs.ts';
import { toApolloResolvers } from './adapter.ts';
import { resolvers } from './resolvers.ts';

/** The executable schema: the committed SDL with the AppSync-style resolvers bound to graphql-js. */
export const buildSchema = (): GraphQLSchema =>
  makeExecutableSchema({ typeDefs, resolvers: toApolloResolvers({ ...resolvers }) });
