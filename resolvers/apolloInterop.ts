import type { ApolloServer, ApolloServerPlugin, BaseContext } from '@apollo/server';

// biome-ignore format: Biome's formatter breaks import-type attributes into invalid syntax
type CommonJsApolloServer<T extends BaseContext> = import('@apollo/server', { with: { 'resolution-mode': 'require' } }).ApolloServer<T>;
// biome-ignore format: Biome's formatter breaks import-type attributes into invalid syntax
type CommonJsApolloServerPlugin = import('@apollo/server', { with: { 'resolution-mode': 'require' } }).ApolloServerPlugin;

/*
 * @apollo/server ships one class in two builds (ESM and CommonJS). Tunehub is ESM, while
 * @as-integrations/aws-lambda and graphql-armor are CommonJS, so TypeScript sees their Apollo types as
 * different declarations of the same classes (private members make them nominal). These two
 * functions are the only place the two views meet; at run time nothing differs (the integration
 * only calls public methods), and the Lambda bundle aliases both to one copy.
 */

/** Our server, typed as the CommonJS declaration the Lambda integration expects. */
export const asCommonJsServer = <T extends BaseContext>(server: ApolloServer<T>): CommonJsApolloServer<T> =>
  server as unknown as CommonJsApolloServer<T>; // same class, other build's declaration (see above)

/** Plugins made by CommonJS packages (graphql-armor), typed for our ESM server. */
export const fromCommonJsPlugins = <T extends BaseContext>(
  plugins: readonly CommonJsApolloServerPlugin[],
): ApolloServerPlugin<T>[] => plugins as unknown as ApolloServerPlugin<T>[]; // same interface, other build's declaration
