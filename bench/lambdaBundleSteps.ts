import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';
import { lambdaAlias, lambdaEntry, lambdaEsbuildOptions, projectRoot } from '../infra/lambdaBundling.ts';

/**
 * Rebuilds the Lambda bundle one setting at a time, from a stock `NodejsFunction` build with the
 * SDK bundled to the deployed configuration, and prints what each step saved. The numbers in
 * docs/lambda-bundle.md come from here: `node --import tsx bench/lambdaBundleSteps.ts`.
 */
const stock: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: lambdaEsbuildOptions.target,
  minify: true,
  sourcemap: true,
};

/** The deployed alias entries for these packages (a typo fails loudly rather than measuring nothing). */
const alias = (...names: string[]): Record<string, string> =>
  Object.fromEntries(
    names.map((name) => {
      const target = lambdaAlias[name];
      if (!target) throw new Error(`no alias for ${name} in infra/lambdaBundling.ts`);
      return [name, target];
    }),
  );

/** Cumulative steps: each adds to everything above it. */
const steps: { name: string; options: (prev: BuildOptions) => BuildOptions }[] = [
  { name: 'stock NodejsFunction (minify, SDK bundled)', options: () => stock },
  { name: "legalComments: 'none'", options: (o) => ({ ...o, legalComments: 'none' }) },
  {
    name: 'mainFields: module,main (ESM builds)',
    options: (o) => ({ ...o, mainFields: ['module', 'main'] }),
  },
  {
    name: 'define NODE_ENV=production',
    options: (o) => ({ ...o, define: { ...lambdaEsbuildOptions.define } }),
  },
  {
    name: 'alias @apollo/server → its ESM build (one copy)',
    options: (o) => ({ ...o, alias: { ...o.alias, ...alias('@apollo/server') } }),
  },
  {
    name: 'alias lru-cache → its ESM build',
    options: (o) => ({ ...o, alias: { ...o.alias, ...alias('lru-cache') } }),
  },
  {
    name: 'resolveExtensions .mjs first (one graphql copy)',
    options: (o) => ({ ...o, resolveExtensions: [...lambdaEsbuildOptions.resolveExtensions] }),
  },
  {
    name: 'stub @apollo/usage-reporting-protobuf',
    options: (o) => ({ ...o, alias: { ...o.alias, ...alias('@apollo/usage-reporting-protobuf') } }),
  },
  {
    name: 'external usage/schema reporting plugins',
    options: (o) => ({ ...o, external: [...lambdaEsbuildOptions.external] }),
  },
  {
    name: 'alias @apollo/utils.createhash → node:crypto',
    options: (o) => ({ ...o, alias: { ...o.alias, ...alias('@apollo/utils.createhash') } }),
  },
  {
    name: 'alias @aws-sdk/client-s3 (one copy)',
    options: (o) => ({ ...o, alias: { ...o.alias, ...alias('@aws-sdk/client-s3') } }),
  },
  {
    name: 'alias @aws-sdk/credential-provider-node → env + container only',
    options: (o) => ({ ...o, alias: { ...o.alias, ...alias('@aws-sdk/credential-provider-node') } }),
  },
];

const measure = async (options: BuildOptions, outdir: string) => {
  const outfile = path.join(outdir, 'index.js');
  await build({
    ...options,
    entryPoints: [lambdaEntry],
    outfile,
    absWorkingDir: projectRoot,
    logLevel: 'error',
  });
  const code = readFileSync(outfile);
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
};

export const runBundleSteps = async (): Promise<
  { step: string; bytes: number; saved: number; gzip: number }[]
> => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tunehub-bundle-steps-'));
  try {
    const rows = [];
    let options: BuildOptions = {};
    let previous: number | undefined;
    for (const step of steps) {
      options = step.options(options);
      const { bytes, gzip } = await measure(options, dir);
      rows.push({ step: step.name, bytes, saved: previous === undefined ? 0 : previous - bytes, gzip });
      previous = bytes;
    }
    // The last step must be the deployed configuration, or this table describes something else.
    const deployed = await measure(
      {
        ...lambdaEsbuildOptions,
        mainFields: [...lambdaEsbuildOptions.mainFields],
        resolveExtensions: [...lambdaEsbuildOptions.resolveExtensions],
        external: [...lambdaEsbuildOptions.external],
      },
      dir,
    );
    if (deployed.bytes !== previous)
      throw new Error(`steps end at ${previous} B, deployed build is ${deployed.bytes} B`);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  console.table(await runBundleSteps());
}
