import type { RawItem } from './parse.ts';

export interface UpdateParts {
  /** `SET …` and, when some field is empty, ` REMOVE …`. */
  readonly expression: string;
  readonly names: Record<string, string>;
  readonly values: Record<string, unknown>;
}

/**
 * An UpdateExpression that makes `fields` of the stored item equal those of `item`: present values
 * are SET, null/absent ones REMOVEd (so an index key disappears and the item leaves that index).
 * `extraSets` (e.g. `version = version + :one`) come first; their values go in `extraValues`.
 */
export const setOrRemove = (
  item: RawItem,
  fields: readonly string[],
  extraSets: readonly string[] = [],
  extraValues: Record<string, unknown> = {},
): UpdateParts => {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ...extraValues };
  const sets = [...extraSets];
  const removes: string[] = [];
  fields.forEach((field, i) => {
    names[`#f${i}`] = field;
    const value = item[field];
    if (value === null || value === undefined) removes.push(`#f${i}`);
    else {
      sets.push(`#f${i} = :v${i}`);
      values[`:v${i}`] = value;
    }
  });
  return {
    expression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    names,
    values,
  };
};
