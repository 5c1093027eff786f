import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type GraphQLFormattedError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { fromCommonJsPlugins } from './apolloInterop.ts';
import { type Config, isProduction } from './config.ts';
import type { RequestContext } from './context.ts';
import { costLimit } from './costLimit.ts';
import { CLIENT_CODES, toClientError } from './errors.ts';
import { buildSchema } from './schema.ts';

/** Limits of DESIGN §4. */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

/** Codes Apollo itself raises before resolvers run; clients see them as BAD_USER_INPUT. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * What a client sees of an error: client errors as they are, Apollo's request errors as
 * BAD_USER_INPUT, everything else masked (no message, no stack, no AWS error text).
 */
export const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const original = error instanceof Error && 'originalError' in error ? error.originalError : undefined;
  const client = toClientError(original ?? error);
  if (client) {
    return {
      message: client.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { ...client.extensions, http: undefined },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return { ...formatted, extensions: { code } };
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
};

/** Logs every error that will be masked, with the request id the client can quote. */
const errorLogging: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
    return {
      async didEncounterErrors({ errors }) {
        for (const err of errors) {
          const original = err.originalError ?? err;
          if (
            toClientError(original) ||
            (typeof err.extensions.code === 'string' && err.extensions.code !== 'INTERNAL_SERVER_ERROR')
          )
            continue;
          console.error(
            JSON.stringify({
              level: 'error',
              requestId: contextValue.requestId,
              path: err.path,
              name: original.name,
              message: original.message,
              stack: original.stack,
            }),
          );
        }
      },
    };
  },
};

export const createApolloServer = (config: Config): ApolloServer<RequestContext> => {
  const production = isProduction(config);
  const armor = new ApolloArmor({
    // A fragment spread is not a level of the response: count depth through fragments.
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    // Cost is priced after variables are known (costLimit.ts); armor's rule sees literals only.
    costLimit: { enabled: false },
    // graphql-js enforces the token limit itself (parseOptions below), so an oversized document is an
    // ordinary parse failure (400); armor's version runs before parsing and turns errors into 500s.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    schema: buildSchema(),
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [
      ...fromCommonJsPlugins<RequestContext>(protection.plugins),
      costLimit(LIMITS.maxCost),
      errorLogging,
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: [
      ...protection.validationRules,
      ...(production ? [NoSchemaIntrospectionCustomRule] : []),
    ],
  });
};
