/**
 * The event every resolver receives: the shape of AWS AppSync's Lambda resolver event, so the same
 * resolver functions could run behind AppSync. `adapter.ts` builds it from Apollo's arguments.
 */

/** Who is calling, as AppSync's Cognito user-pools identity describes it. */
export interface CognitoIdentity {
  /** The user's id (Cognito `sub`). */
  readonly sub: string;
  readonly username: string;
  /** Cognito groups the user belongs to (`cognito:groups`). */
  readonly groups: readonly string[];
  readonly issuer: string;
  readonly sourceIp: readonly string[];
  readonly defaultAuthStrategy: 'ALLOW';
  /** Every claim of the ID token, as strings. */
  readonly claims: Readonly<Record<string, string>>;
}

/** AppSync's `info`: where in the query this resolver runs. */
export interface ResolverInfo {
  readonly fieldName: string;
  readonly parentTypeName: string;
  readonly variables: Readonly<Record<string, unknown>>;
  /** Selected sub-fields, nested ones as `a/b` (AppSync's `selectionSetList`). */
  readonly selectionSetList: readonly string[];
  /** The selection set below this field as GraphQL source, fragments inlined (AppSync's `selectionSetGraphQL`). */
  readonly selectionSetGraphQL: string;
}

export interface AppSyncResolverEvent<TArgs, TSource> {
  readonly arguments: TArgs;
  readonly source: TSource;
  readonly identity: CognitoIdentity;
  readonly info: ResolverInfo;
}

/** The resolver function type codegen uses for every field (`customResolverFn`). */
export type AppSyncResolverFn<TResult, TParent, TContext, TArgs> = (
  event: AppSyncResolverEvent<TArgs, TParent>,
  context: TContext,
) => Promise<TResult> | TResult;
