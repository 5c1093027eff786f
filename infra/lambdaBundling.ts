import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one esbuild configuration of the GraphQL Lambda. `infra/constructs/Api.ts` hands it to CDK's
 * `NodejsFunction` (which runs the esbuild CLI) and `bench/lambda.ts` runs the same options through
 * esbuild's API, so the bench measures the bytes CDK deploys. Plain data plus esbuild option names;
 * `docs/lambda-bundle.md` records what each setting saves.
 *
 * Every path here is relative to {@link projectRoot}, the working directory of both builds.
 */

/** The repository root: the `projectRoot` of the `NodejsFunction` and the bench's `absWorkingDir`. */
export const projectRoot: string = fileURLToPath(new URL('..', import.meta.url));

/** The deployed entry (exports `handler`): `resolvers/handler.ts` plus CORS response headers. */
export const lambdaEntry: string = path.join(projectRoot, 'infra', 'lambdaHandler.ts');

/** Lambda's Node 22 runtime; esbuild lowers nothing that Node 22 runs natively. */
export const lambdaTarget = 'node22';

/**
 * Prefer each package's ES module build: esbuild can tree-shake it, and it keeps one copy of a
 * package that ships both builds (`main` is the CommonJS twin).
 */
export const lambdaMainFields: readonly string[] = ['module', 'main'];

/**
 * `.mjs` first, so `require('graphql/language/parser')` (graphql-armor) resolves to the same ES
 * module file as `import 'graphql'` instead of bundling graphql's CommonJS copy next to it.
 */
export const lambdaResolveExtensions: readonly string[] = [
  '.mjs',
  '.tsx',
  '.ts',
  '.jsx',
  '.js',
  '.css',
  '.json',
];

/**
 * Packages replaced at bundle time (esbuild `alias`; a key also covers its subpaths).
 */
export const lambdaAlias: Readonly<Record<string, string>> = {
  // The CommonJS Lambda integration `require`s Apollo Server, the handler `import`s it: without
  // this, both builds (and both builds of graphql-tools and lru-cache behind them) are bundled.
  // The package's export map mirrors its `dist/esm` folders, so subpaths still resolve.
  '@apollo/server': './node_modules/@apollo/server/dist/esm',
  'lru-cache': './node_modules/lru-cache/dist/esm/node/index.min.js',
  // Never reached: see the stub files for why.
  '@apollo/usage-reporting-protobuf': './infra/lambdaStubs/usageReportingProtobuf.ts',
  '@apollo/utils.createhash': './infra/lambdaStubs/createHash.ts',
  '@aws-sdk/credential-provider-node': './infra/lambdaStubs/credentialProviderNode.ts',
  // @aws-sdk/s3-presigned-post pins an older client-s3 than the app's; one copy is enough.
  '@aws-sdk/client-s3': './node_modules/@aws-sdk/client-s3',
};

/**
 * Modules left out of the bundle. Not the AWS SDK: it is bundled on purpose (a pinned, tree-shaken
 * SDK instead of whatever version the runtime carries). Apollo loads these two plugins with a
 * dynamic `import()` only when `APOLLO_KEY` / `APOLLO_SCHEMA_REPORTING` are set, which Tunehub never
 * sets; if someone does, server start fails loudly with "Cannot find module".
 */
export const lambdaExternals: readonly string[] = [
  '*/plugin/usageReporting/index.js',
  '*/plugin/schemaReporting/index.js',
];

/** Compile-time constants: libraries drop their development-only branches. */
export const lambdaDefine: Readonly<Record<string, string>> = {
  'process.env.NODE_ENV': '"production"',
};

/**
 * The esbuild options of the deployed bundle, in esbuild's API names. The CDK side maps the same
 * values onto `NodejsFunction` bundling props (see `nodejsBundlingOptions` in `Api.ts`).
 */
export const lambdaEsbuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: lambdaTarget,
  minify: true,
  // Stack traces map back to TypeScript (NODE_OPTIONS=--enable-source-maps); the map lives next
  // to the bundle and does not count towards its size. No sources inside: smaller, faster to parse.
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'none',
  mainFields: [...lambdaMainFields],
  resolveExtensions: [...lambdaResolveExtensions],
  alias: { ...lambdaAlias },
  external: [...lambdaExternals],
  define: { ...lambdaDefine },
} as const;
