import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';

/**
 * Schema releases: `npm run schema:release -- <version>` freezes the merged SDL of schema/*.graphql
 * as schema/releases/v<version>.graphql. The unit test tests/unit/schemaCompatibility.test.ts diffs
 * the current schema against the newest release and fails on any breaking change that
 * docs/breaking-changes.md does not approve.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_DIR = path.join(root, 'schema');
export const RELEASES_DIR = path.join(SCHEMA_DIR, 'releases');
export const ALLOW_LIST_FILE = path.join(root, 'docs', 'breaking-changes.md');

/** The SDL of every schema/*.graphql merged and sorted, as codegen prints it into `typeDefs`. */
export const mergedSdl = (dir: string = SCHEMA_DIR): string => {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  const schema = makeExecutableSchema({
    typeDefs: files.map((f) => readFileSync(path.join(dir, f), 'utf8')),
  });
  return printSchema(lexicographicSortSchema(schema));
};

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)$/;

/** `1.2.3` or `v1.2.3` as numbers, or null. */
const versionOf = (name: string): [number, number, number] | null => {
  const m = VERSION.exec(name);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
};

const compareVersions = (a: readonly number[], b: readonly number[]): number =>
  (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);

/** The file name of the highest release version (by semver, so v1.10.0 beats v1.9.0), or null. */
export const newestRelease = (fileNames: readonly string[]): string | null => {
  const releases = fileNames.flatMap((name) => {
    const v = name.endsWith('.graphql') ? versionOf(name.slice(0, -'.graphql'.length)) : null;
    return v ? [{ name, v }] : [];
  });
  releases.sort((a, b) => compareVersions(b.v, a.v));
  return releases[0]?.name ?? null;
};

/**
 * The approved breaking changes: the list items (`- ...`) under the "## Approved" heading of
 * docs/breaking-changes.md, each a change's message or path (backticks optional).
 */
export const parseAllowList = (markdown: string): Set<string> => {
  const allowed = new Set<string>();
  let inList = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) inList = /^## Approved\b/i.test(line);
    else if (inList && /^\s*[-*] /.test(line)) {
      const entry = line
        .replace(/^\s*[-*] /, '')
        .trim()
        .replace(/^`(.*)`$/, '$1');
      if (entry) allowed.add(entry);
    }
  }
  return allowed;
};

/** Breaking changes from `oldSdl` to `newSdl` that `allowed` does not list by message or path. */
export const unapprovedBreakingChanges = async (
  oldSdl: string,
  newSdl: string,
  allowed: ReadonlySet<string>,
): Promise<Change[]> => {
  const changes = await diff(buildSchema(oldSdl), buildSchema(newSdl));
  return changes.filter(
    (c) =>
      c.criticality.level === CriticalityLevel.Breaking &&
      !allowed.has(c.message) &&
      !(c.path && allowed.has(c.path)),
  );
};

/** Writes schema/releases/v<version>.graphql; a release, once written, is never overwritten. */
export const writeRelease = (version: string, dir: string = RELEASES_DIR): string => {
  const v = versionOf(version);
  if (!v) throw new Error(`version must look like 1.2.3, not "${version}"`);
  const file = path.join(dir, `v${v.join('.')}.graphql`);
  if (existsSync(file)) throw new Error(`${path.relative(root, file)} exists; releases are immutable`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, mergedSdl());
  return file;
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const version = process.argv[2];
  if (!version) {
    console.error('usage: npm run schema:release -- <version>   (e.g. 1.1.0)');
    process.exit(2);
  }
  try {
    console.log(`wrote ${path.relative(root, writeRelease(version))}`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
