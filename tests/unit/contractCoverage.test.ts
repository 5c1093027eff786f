import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../resolvers/__generated__/typeDefs.ts';

const CONTRACT_DIR = path.join(import.meta.dirname, '..', 'integration', 'contract');

/** `describe('Query.tracks', …)` blocks in the contract tests, by name. */
const contractCases = async (): Promise<Set<string>> => {
  const names = new Set<string>();
  for (const file of await readdir(CONTRACT_DIR)) {
    if (!file.endsWith('.test.ts')) continue;
    const source = await readFile(path.join(CONTRACT_DIR, file), 'utf8');
    for (const match of source.matchAll(/describe\(\s*['"`]((?:Query|Mutation)\.\w+)['"`]/g)) {
      if (match[1]) names.add(match[1]);
    }
  }
  return names;
};

describe('schema-driven contract coverage', () => {
  it('has a contract case for every Query and Mutation field of the schema', async () => {
    const schema = buildSchema(typeDefs);
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
    );
    expect(rootFields.length).toBeGreaterThan(20);
    const cases = await contractCases();
    expect(rootFields.filter((f) => !cases.has(f))).toEqual([]);
    // And no stale case names a field the schema no longer has.
    expect([...cases].filter((c) => !rootFields.includes(c))).toEqual([]);
  });
});
