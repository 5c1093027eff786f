import { type BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { lambdaEsbuildOptions as esbuild } from '../lambdaBundling.ts';

/**
 * `infra/lambdaBundling.ts` in `NodejsFunction` terms. CDK runs the esbuild CLI (from the repo's
 * node_modules, in the repo root), so the options CDK has no prop for travel as CLI flags; the
 * result is the same build the bench runs through esbuild's API.
 */
export const nodejsBundlingOptions = (): BundlingOptions => ({
  target: esbuild.target,
  format: OutputFormat.CJS,
  minify: esbuild.minify,
  sourceMap: esbuild.sourcemap,
  sourcesContent: esbuild.sourcesContent,
  mainFields: [...esbuild.mainFields],
  define: { ...esbuild.define },
  // Setting externals replaces CDK's default (`@aws-sdk/*` left to the runtime): the SDK is bundled.
  externalModules: [...esbuild.external],
  bundleAwsSDK: true,
  esbuildArgs: {
    '--alias': Object.entries(esbuild.alias).map(([from, to]) => `${from}=${to}`),
    '--legal-comments': esbuild.legalComments,
    '--resolve-extensions': esbuild.resolveExtensions.join(','),
  },
});
