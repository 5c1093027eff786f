import { type FieldNode, Kind, parse, type SelectionSetNode } from 'graphql';
import type { ResolverInfo } from './event.ts';

/**
 * The value of `argument` on the first direct sub-field `field` of this resolver's selection, read
 * from AppSync's `selectionSetGraphQL` and `variables`; undefined when the field is not selected or
 * the argument is absent or not an integer. Lets a parent read ahead exactly what a child will need.
 */
export const childIntArgument = (info: ResolverInfo, field: string, argument: string): number | undefined => {
  if (!info.selectionSetGraphQL) return undefined;
  const document = parse(`query ${info.selectionSetGraphQL}`);
  const [operation] = document.definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return undefined;
  const node = findField(operation.selectionSet, field);
  const value = node?.arguments?.find((a) => a.name.value === argument)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const fromVariables = info.variables[value.name.value];
    return typeof fromVariables === 'number' && Number.isInteger(fromVariables) ? fromVariables : undefined;
  }
  return undefined;
};

const findField = (set: SelectionSetNode, name: string): FieldNode | undefined => {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD && selection.name.value === name) return selection;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const found = findField(selection.selectionSet, name);
      if (found) return found;
    }
  }
  return undefined;
};
