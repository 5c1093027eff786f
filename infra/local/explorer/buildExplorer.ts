import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const cacheRoot = path.join(repoRoot, 'node_modules', '.cache', 'tunehub-explorer');

/** Files whose change means a rebuild: the explorer's sources, the demo users, the GraphiQL versions. */
const sourceHash = async (): Promise<string> => {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  const sources = (await readdir(here)).filter(
    (f) => /\.(tsx?|css|html)$/.test(f) && f !== 'buildExplorer.ts',
  );
  for (const f of [
    ...sources.sort().map((f) => path.join(here, f)),
    path.join(here, '../seed/demoUsers.ts'),
  ]) {
    hash.update(f).update(await readFile(f));
  }
  for (const pkg of ['graphiql', '@graphiql/react', 'monaco-editor', 'monaco-graphql', 'react', 'esbuild']) {
    hash.update(pkg).update(await readFile(require.resolve(`${pkg}/package.json`)));
  }
  return hash.digest('hex').slice(0, 16);
};

const exists = (p: string): Promise<boolean> =>
  stat(p).then(
    () => true,
    () => false,
  );

/**
 * Bundles the explorer (GraphiQL 5 + Monaco and its three language workers) with esbuild into
 * `node_modules/.cache/tunehub-explorer/<hash>/`, unless that build exists; returns its directory.
 * Everything is served by the gateway, so the explorer works offline.
 */
export const buildExplorer = async (): Promise<{ dir: string; cached: boolean }> => {
  const dir = path.join(cacheRoot, await sourceHash());
  if (await exists(path.join(dir, 'index.html'))) return { dir, cached: true };
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const monaco = (p: string): string => path.join(repoRoot, 'node_modules', p);
  await build({
    absWorkingDir: repoRoot,
    entryPoints: {
      explorer: path.join(here, 'main.tsx'),
      'editor.worker': monaco('monaco-editor/esm/vs/editor/editor.worker.js'),
      'json.worker': monaco('monaco-editor/esm/vs/language/json/json.worker.js'),
      'graphql.worker': monaco('monaco-graphql/esm/graphql.worker.js'),
    },
    outdir: tmp,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  await copyFile(path.join(here, 'index.html'), path.join(tmp, 'index.html'));
  await rm(dir, { recursive: true, force: true });
  // Renamed into place only when complete, so a crash mid-build never leaves a half cache entry.
  await rename(tmp, dir).catch(async (err: unknown) => {
    if (!(await exists(path.join(dir, 'index.html')))) throw err;
    await rm(tmp, { recursive: true, force: true });
  });
  return { dir, cached: false };
};
