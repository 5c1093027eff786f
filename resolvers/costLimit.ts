import type { ApolloServerPlugin } from '@apollo/server';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { GraphQLError } from 'graphql';
import type { RequestContext } from './context.ts';

/** A list field's page size when the query gives none (the API's default `first`). */
const DEFAULT_PAGE = 20;

/**
 * Relay connections cost their page size times what each item selects: `tracks(first: 100)` of
 * 20 fields costs about 2,000, whether `first` is a literal or a variable.
 */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_PAGE;
  return 1 + first * childComplexity;
};

/**
 * Refuses operations whose cost exceeds `maxCost` once variables are known (a validation rule sees
 * no variables, so a `$first` would go unpriced). Refused operations never execute: 400, BAD_USER_INPUT.
 */
export const costLimit = (maxCost: number): ApolloServerPlugin<RequestContext> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema, operationName }) {
        let cost: number;
        try {
          cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: operationName ?? undefined,
            estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch {
          // Variables that do not fit their types: execution refuses them with a 400 before any
          // resolver runs, so nothing unpriced can execute.
          return;
        }
        if (cost > maxCost) {
          throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}`, {
            extensions: { code: 'BAD_USER_INPUT', cost, maxCost, http: { status: 400 } },
          });
        }
      },
    };
  },
});
