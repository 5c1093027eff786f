import {
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  GraphQLScalarType,
  Kind,
  print,
  type SelectionSetNode,
  visit,
} from 'graphql';
import type { RequestContext } from './context.ts';
import type { AppSyncResolverEvent, ResolverInfo } from './event.ts';

type EventResolver = (event: AppSyncResolverEvent<unknown, unknown>, context: RequestContext) => unknown;
type ApolloResolvers = Record<
  string,
  GraphQLScalarType | Record<string, GraphQLFieldResolver<unknown, RequestContext>>
>;

const isEventResolver = (value: unknown): value is EventResolver => typeof value === 'function';

/** AppSync's `selectionSetList`: the selected fields below this one, nested ones as `a/b`. */
const selectionSetList = (info: GraphQLResolveInfo): string[] => {
  const out: string[] = [];
  const walk = (set: SelectionSetNode | undefined, prefix: string) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = `${prefix}${selection.name.value}`;
        if (!selection.name.value.startsWith('__')) out.push(name);
        walk(selection.selectionSet, `${name}/`);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, prefix);
      } else {
        walk(info.fragments[selection.name.value]?.selectionSet, prefix);
      }
    }
  };
  for (const node of info.fieldNodes as readonly FieldNode[]) walk(node.selectionSet, '');
  return [...new Set(out)];
};

/** The selection set as GraphQL source with fragment spreads inlined, as AppSync passes it. */
const selectionSetGraphQL = (info: GraphQLResolveInfo): string => {
  const inline = (set: SelectionSetNode): SelectionSetNode =>
    visit(set, {
      enter: (spread) => {
        if (spread.kind !== Kind.FRAGMENT_SPREAD) return undefined;
        const fragment = info.fragments[spread.name.value];
        return fragment
          ? {
              kind: Kind.INLINE_FRAGMENT,
              typeCondition: fragment.typeCondition,
              selectionSet: inline(fragment.selectionSet),
            }
          : null;
      },
    });
  // A field selected twice (`a { x } a { y }`) merges into one selection set, as graphql-js merges it.
  const selections = (info.fieldNodes as readonly FieldNode[]).flatMap((node) =>
    node.selectionSet ? inline(node.selectionSet).selections : [],
  );
  return selections.length ? print({ kind: Kind.SELECTION_SET, selections }) : '';
};

const toInfo = (info: GraphQLResolveInfo): ResolverInfo => {
  let selections: string[] | undefined;
  let source: string | undefined;
  return {
    fieldName: info.fieldName,
    parentTypeName: info.parentType.name,
    variables: info.variableValues,
    // Computed on first read: most resolvers never look at it.
    get selectionSetList() {
      selections ??= selectionSetList(info);
      return selections;
    },
    get selectionSetGraphQL() {
      source ??= selectionSetGraphQL(info);
      return source;
    },
  };
};

/**
 * Binds AppSync-style resolvers (one event each) to Apollo/graphql-js's (source, args, context, info)
 * calling convention. This is the only place that knows both shapes; resolvers never see Apollo.
 */
export const toApolloResolvers = (resolvers: Record<string, unknown>): ApolloResolvers => {
  const out: ApolloResolvers = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (fields instanceof GraphQLScalarType) {
      out[typeName] = fields;
      continue;
    }
    if (typeof fields !== 'object' || fields === null) continue;
    const bound: Record<string, GraphQLFieldResolver<unknown, RequestContext>> = {};
    for (const [fieldName, resolver] of Object.entries(fields)) {
      const fn: unknown =
        typeof resolver === 'object' && resolver !== null && 'resolve' in resolver
          ? resolver.resolve
          : resolver;
      if (!isEventResolver(fn)) throw new TypeError(`${typeName}.${fieldName} is not a resolver function`);
      bound[fieldName] = (source, args, context, info) =>
        fn({ arguments: args, source, identity: context.identity, info: toInfo(info) }, context);
    }
    out[typeName] = bound;
  }
  return out;
};
