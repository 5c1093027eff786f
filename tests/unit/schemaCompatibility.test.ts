import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  isObjectType,
  Kind,
  parse,
  print,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../resolvers/__generated__/typeDefs.ts';
import {
  ALLOW_LIST_FILE,
  newestRelease,
  parseAllowList,
  RELEASES_DIR,
  unapprovedBreakingChanges,
} from '../../scripts/schemaRelease.ts';

const newest = newestRelease(readdirSync(RELEASES_DIR));
const releasedSdl = newest ? readFileSync(path.join(RELEASES_DIR, newest), 'utf8') : '';
const allowed = parseAllowList(readFileSync(ALLOW_LIST_FILE, 'utf8'));

type Fields = readonly FieldDefinitionNode[];

/** The SDL with the fields of one object type edited, as a careless schema change would leave it. */
const editFields = (sdl: string, typeName: string, edit: (fields: Fields) => Fields): string => {
  const doc = parse(sdl);
  return print({
    ...doc,
    definitions: doc.definitions.map((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === typeName
        ? { ...d, fields: edit(d.fields ?? []) }
        : d,
    ),
  });
};

const withoutField = (sdl: string, typeName: string, fieldName: string): string =>
  editFields(sdl, typeName, (fields) => fields.filter((f) => f.name.value !== fieldName));

/** An argument definition parsed from SDL, e.g. `region: String!`. */
const argument = (sdl: string): InputValueDefinitionNode => {
  const [def] = parse(`type T { f(${sdl}): Int }`).definitions;
  const arg = def?.kind === Kind.OBJECT_TYPE_DEFINITION ? def.fields?.[0]?.arguments?.[0] : undefined;
  if (!arg) throw new Error(`not an argument: ${sdl}`);
  return arg;
};

const fieldsOf = (sdl: string, typeName: string): string[] => {
  const type = buildSchema(sdl).getType(typeName);
  return isObjectType(type) ? Object.keys(type.getFields()) : [];
};

describe('schema compatibility', () => {
  it('has a released schema to compare with', () => {
    expect(newest).toMatch(/^v\d+\.\d+\.\d+\.graphql$/);
    expect(() => buildSchema(releasedSdl)).not.toThrow();
  });

  it(`makes no unapproved breaking change since the newest release`, async () => {
    const breaking = await unapprovedBreakingChanges(releasedSdl, typeDefs, allowed);
    expect(breaking.map((c) => `${c.path ?? ''}: ${c.message}`)).toEqual([]);
  });

  it('reports a removed field as a breaking change (so the check above can fail)', async () => {
    const broken = withoutField(typeDefs, 'Track', 'title');
    expect(fieldsOf(typeDefs, 'Track')).toContain('title');
    expect(fieldsOf(broken, 'Track')).not.toContain('title');
    const breaking = await unapprovedBreakingChanges(typeDefs, broken, new Set());
    expect(breaking.map((c) => c.path)).toEqual(['Track.title']);
    expect(breaking[0]?.message).toMatch(/title.*removed.*Track/);
  });

  it('reports a newly required argument as a breaking change', async () => {
    const broken = editFields(typeDefs, 'Query', (fields) =>
      fields.map((f) =>
        f.name.value === 'track'
          ? { ...f, arguments: [...(f.arguments ?? []), argument('region: String!')] }
          : f,
      ),
    );
    const breaking = await unapprovedBreakingChanges(typeDefs, broken, new Set());
    expect(breaking.map((c) => c.path)).toEqual(['Query.track.region']);
  });

  it('lets a change listed by path or by message through, and nothing else', async () => {
    const broken = withoutField(withoutField(typeDefs, 'Track', 'title'), 'User', 'email');
    const all = await unapprovedBreakingChanges(typeDefs, broken, new Set());
    expect(all.map((c) => c.path).sort()).toEqual(['Track.title', 'User.email']);
    const byPath = await unapprovedBreakingChanges(typeDefs, broken, new Set(['Track.title']));
    expect(byPath.map((c) => c.path)).toEqual(['User.email']);
    const byMessage = await unapprovedBreakingChanges(typeDefs, broken, new Set([all[1]?.message ?? '']));
    expect(byMessage.map((c) => c.path)).toEqual([all[0]?.path]);
  });

  it('passes additions, which are not breaking', async () => {
    const grown = typeDefs.replace(/^type Track \{$/m, 'type Track {\n  bpm: Int');
    expect(fieldsOf(grown, 'Track')).toContain('bpm');
    expect(await unapprovedBreakingChanges(typeDefs, grown, new Set())).toEqual([]);
  });
});

describe('release files', () => {
  it('picks the newest release by semver, not by name', () => {
    expect(newestRelease(['v1.9.0.graphql', 'v1.10.0.graphql', 'v0.20.3.graphql', 'notes.md'])).toBe(
      'v1.10.0.graphql',
    );
    expect(newestRelease(['README.md'])).toBeNull();
  });

  it('reads approved changes only from list items under "## Approved"', () => {
    const md = [
      '# Breaking changes',
      '- `Ignored.before`',
      '## Approved',
      '_None._',
      '- `Track.title`',
      "* Field 'email' was removed from object type 'User'",
      '## Later',
      '- `Ignored.after`',
    ].join('\n');
    expect([...parseAllowList(md)]).toEqual([
      'Track.title',
      "Field 'email' was removed from object type 'User'",
    ]);
  });

  it('approves nothing today', () => {
    expect([...allowed]).toEqual([]);
  });
});
