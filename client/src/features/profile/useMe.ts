import { type UseQueryResponse, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MeQuery, MeQueryVariables } from '../../gql/graphql.ts';

const Me = graphql(`
  query Me {
    me {
      id
      displayName
      email
      avatarUrl
      createdAt
    }
  }
`);

/** The caller's profile (created by the API on first use). */
export function useMe(): UseQueryResponse<MeQuery, MeQueryVariables> {
  return useQuery({ query: Me });
}
