import type { QueryResolvers, MutationResolvers, UserResolvers } from './__generated__/resolvers.ts';
import { listPage, primedTrack } from './connection.ts';
import type { RequestContext } from './context.ts';
import { parsePlaylist } from './data/parse.ts';
import type { UserItem } from './data/models.ts';
import { badInput } from './errors.ts';
import { commitImage } from './uploads.ts';
import * as check from './validate.ts';

const displayNameFromClaims = (claims: Readonly<Record<string, string>>, username: string): string => {
  const candidate = claims.name ?? claims.preferred_username ?? claims.email?.split('@')[0] ?? username;
  const trimmed = [...candidate.trim()].slice(0, 80).join('');
  return trimmed.length > 0 ? trimmed : 'Listener';
};

/** The caller's profile, created from the token's claims on first use (once per request at most). */
export const ensureCaller = async (ctx: RequestContext): Promise<UserItem> => {
  const { identity, loaders } = ctx;
  const existing = await loaders.user.load(identity.sub);
  if (existing) return existing;
  const created = await ctx.users.ensure({
    id: identity.sub,
    displayName: displayNameFromClaims(identity.claims, identity.username),
    email: identity.claims.email ?? null,
    avatarKey: null,
    createdAt: ctx.now(),
  });
  loaders.user.clear(created.id).prime(created.id, created);
  return created;
};

const me: QueryResolvers<RequestContext>['me'] = (_event, ctx) => ensureCaller(ctx);

const user: QueryResolvers<RequestContext>['user'] = ({ arguments: args }, ctx) =>
  ctx.loaders.user.load(check.id('id', args.id));

const updateProfile: MutationResolvers<RequestContext>['updateProfile'] = async (
  { arguments: { input } },
  ctx,
) => {
  const caller = await ensureCaller(ctx);
  const displayName =
    input.displayName == null ? undefined : check.text('input.displayName', input.displayName, 1, 80);
  let avatarKey: string | undefined;
  if (input.avatarKey != null) {
    avatarKey = await commitImage(
      ctx,
      'input.avatarKey',
      input.avatarKey,
      `avatar-${crypto.randomUUID()}`,
      'profile',
    );
  }
  if (displayName === undefined && avatarKey === undefined) throw badInput('input', 'Nothing to change');
  const updated = await ctx.users.update(caller.id, {
    ...(displayName !== undefined ? { displayName } : {}),
    ...(avatarKey !== undefined ? { avatarKey } : {}),
  });
  // The previous avatar is no longer referenced anywhere.
  if (avatarKey !== undefined && caller.avatarKey) await ctx.files.remove([caller.avatarKey]);
  ctx.loaders.user.clear(updated.id).prime(updated.id, updated);
  return updated;
};

export const userResolvers: UserResolvers<RequestContext> = {
  // Email is private: only the user themself sees it.
  email: ({ source, identity }) => (source.id === identity.sub ? source.email : null),
  avatarUrl: ({ source }, ctx) => (source.avatarKey ? ctx.files.getUrl(source.avatarKey) : null),
  tracks: ({ source, arguments: args }, ctx) =>
    listPage(
      ctx,
      `userTracks:${source.id}`,
      args,
      (first, start) => ctx.tracks.list({ uploadedBy: source.id }, first, start),
      primedTrack(ctx),
    ),
  playlists: ({ source, arguments: args, identity }, ctx) => {
    const own = source.id === identity.sub;
    return listPage(
      ctx,
      `userPlaylists:${source.id}:${own}`,
      args,
      (first, start) => ctx.playlists.byOwner(source.id, own, first, start),
      parsePlaylist,
    );
  },
};

export const userQueries = { me, user };
export const userMutations = { updateProfile };
