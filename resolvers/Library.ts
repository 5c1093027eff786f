import type {
  FavouriteResolvers,
  HistoryResolvers,
  MutationResolvers,
  QueryResolvers,
} from './__generated__/resolvers.ts';
import { listPage } from './connection.ts';
import type { RequestContext } from './context.ts';
import type { TrackItem } from './data/models.ts';
import { parseFavourite, parsePlay, type RawItem } from './data/parse.ts';
import { badInput, notFound } from './errors.ts';
import { ensureCaller } from './User.ts';
import * as check from './validate.ts';

/** A play may be reported at most this far ahead of the server's clock (client clock skew). */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
const MAX_MS_PLAYED = 24 * 60 * 60 * 1000;

/**
 * Keeps an entry only while its track exists: a track deleted a moment ago may still have a
 * favourite or play that its cleanup has not reached. The check rides on the page's batched read.
 */
const withLiveTrack =
  <T extends { trackId: string }>(ctx: RequestContext, parse: (item: RawItem) => T) =>
  async (item: RawItem): Promise<T | null> => {
    const entry = parse(item);
    return (await ctx.loaders.track.load(entry.trackId)) ? entry : null;
  };

const myFavourites: QueryResolvers<RequestContext>['myFavourites'] = ({ arguments: args, identity }, ctx) =>
  listPage(
    ctx,
    `myFavourites:${identity.sub}`,
    args,
    (first, start) => ctx.library.favourites(identity.sub, first, start),
    withLiveTrack(ctx, parseFavourite),
  );

const myHistory: QueryResolvers<RequestContext>['myHistory'] = ({ arguments: args, identity }, ctx) =>
  listPage(
    ctx,
    `myHistory:${identity.sub}`,
    args,
    (first, start) => ctx.library.history(identity.sub, first, start),
    withLiveTrack(ctx, parsePlay),
  );

/** The track as it is now (strongly consistent), so a mutation returns exact counts. */
const freshTrack = async (ctx: RequestContext, trackId: string): Promise<TrackItem> => {
  ctx.loaders.track.clear(trackId);
  const track = await ctx.tracks.get(trackId);
  if (!track) throw notFound(`Track ${trackId} not found`);
  ctx.loaders.track.prime(trackId, track);
  return track;
};

const favouriteTrack: MutationResolvers<RequestContext>['favouriteTrack'] = async (
  { arguments: args, identity },
  ctx,
) => {
  const trackId = check.id('trackId', args.trackId);
  await ctx.library.favourite({ userId: identity.sub, trackId, favouritedAt: ctx.now() });
  ctx.loaders.isFavourite.clear(trackId).prime(trackId, true);
  return freshTrack(ctx, trackId);
};

const unfavouriteTrack: MutationResolvers<RequestContext>['unfavouriteTrack'] = async (
  { arguments: args, identity },
  ctx,
) => {
  const trackId = check.id('trackId', args.trackId);
  await ctx.library.unfavourite(identity.sub, trackId);
  ctx.loaders.isFavourite.clear(trackId).prime(trackId, null);
  return freshTrack(ctx, trackId);
};

const recordPlay: MutationResolvers<RequestContext>['recordPlay'] = async (
  { arguments: { input }, identity },
  ctx,
) => {
  const id = check.id('input.id', input.id);
  const trackId = check.id('input.trackId', input.trackId);
  const playedAtMs = Date.parse(input.playedAt);
  const now = Date.now();
  if (playedAtMs > now + MAX_CLOCK_SKEW_MS)
    throw badInput('input.playedAt', 'input.playedAt is in the future');
  if (playedAtMs < now - ctx.config.historyTtlDays * 86_400_000) {
    throw badInput(
      'input.playedAt',
      `input.playedAt is older than the history keeps (${ctx.config.historyTtlDays} days)`,
    );
  }
  const msPlayed = check.intInRange('input.msPlayed', input.msPlayed, 0, MAX_MS_PLAYED);
  await ensureCaller(ctx);
  return ctx.library.recordPlay({
    id,
    userId: identity.sub,
    trackId,
    playedAt: new Date(playedAtMs).toISOString(),
    msPlayed,
  });
};

const clearHistory: MutationResolvers<RequestContext>['clearHistory'] = async ({ identity }, ctx) => {
  await ctx.library.clearHistory(identity.sub);
  return true;
};

const trackOf = async (ctx: RequestContext, trackId: string): Promise<TrackItem> => {
  const track = await ctx.loaders.track.load(trackId);
  if (!track) throw notFound(`Track ${trackId} was deleted`);
  return track;
};

export const favouriteResolvers: FavouriteResolvers<RequestContext> = {
  track: ({ source }, ctx) => trackOf(ctx, source.trackId),
};

export const historyResolvers: HistoryResolvers<RequestContext> = {
  track: ({ source }, ctx) => trackOf(ctx, source.trackId),
};

export const libraryQueries = { myFavourites, myHistory };
export const libraryMutations = { favouriteTrack, unfavouriteTrack, recordPlay, clearHistory };
