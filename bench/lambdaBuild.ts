import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { lambdaEntry, lambdaEsbuildOptions, projectRoot } from '../infra/lambdaBundling.ts';

export interface LambdaBundle {
  /** The bundle (`index.js`), as CDK names it inside the Lambda asset. */
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly metafile: Metafile;
}

/**
 * Builds a Lambda bundle with exactly the options CDK's `NodejsFunction` uses
 * (`infra/lambdaBundling.ts`), in the same working directory, into `outdir/index.js`.
 * `entry` defaults to the real handler; the bench also builds its bare graphql-js handler this way.
 */
export const buildLambdaBundle = async (
  outdir: string,
  entry: string = lambdaEntry,
): Promise<LambdaBundle> => {
  const file = path.join(outdir, 'index.js');
  const result = await build({
    ...lambdaEsbuildOptions,
    mainFields: [...lambdaEsbuildOptions.mainFields],
    resolveExtensions: [...lambdaEsbuildOptions.resolveExtensions],
    external: [...lambdaEsbuildOptions.external],
    entryPoints: [entry],
    outfile: file,
    absWorkingDir: projectRoot,
    metafile: true,
    logLevel: 'error',
  });
  const code = readFileSync(file);
  return {
    file,
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    metafile: result.metafile,
  };
};
