import type {
  MutationResolvers,
  PlaylistItemResolvers,
  PlaylistResolvers,
  QueryResolvers,
} from './__generated__/resolvers.ts';
import { listPage, startKey, toConnection } from './connection.ts';
import type { RequestContext } from './context.ts';
import { PLAYLIST_HEAD_ENTRIES, playlistHeadKey } from './data/loaders.ts';
import { childIntArgument } from './selection.ts';
import type { PlaylistItemModel } from './data/models.ts';
import { parsePlaylist, parsePlaylistEntry } from './data/parse.ts';
import type { EditOptions } from './data/playlistEdits.ts';
import { notFound } from './errors.ts';
import { ensureCaller } from './User.ts';
import * as check from './validate.ts';

/** At most this many ids per remove: each becomes one item of a 100-item transaction. */
export const MAX_IDS_PER_EDIT = 50;
/** At most this many tracks per add: each is both an entry and an existence check in one 100-item transaction. */
export const MAX_TRACKS_PER_ADD = 49;
/** At most this many entries move at once (one transaction). */
export const MAX_MOVE_LENGTH = 50;

const canRead = (p: PlaylistItemModel, ctx: RequestContext) => p.isPublic || p.ownerId === ctx.identity.sub;

/** The playlist's header; with `tracks` selected, header and first entries come in one Query. */
const playlist: QueryResolvers<RequestContext>['playlist'] = async ({ arguments: args, info }, ctx) => {
  const id = check.id('id', args.id);
  // Read ahead exactly the first page `tracks` will ask for (default 20), in the same Query.
  const found = info.selectionSetList.includes('tracks')
    ? (
        await ctx.loaders.playlistHead.load(
          playlistHeadKey(id, childIntArgument(info, 'tracks', 'first') ?? 20),
        )
      ).header
    : await ctx.loaders.playlist.load(id);
  return found && canRead(found, ctx) ? found : null;
};

const myPlaylists: QueryResolvers<RequestContext>['myPlaylists'] = ({ arguments: args, identity }, ctx) =>
  listPage(
    ctx,
    `myPlaylists:${identity.sub}`,
    args,
    (first, start) => ctx.playlists.byOwner(identity.sub, true, first, start),
    parsePlaylist,
  );

const createPlaylist: MutationResolvers<RequestContext>['createPlaylist'] = async (
  { arguments: { input } },
  ctx,
) => {
  const name = check.text('input.name', input.name, 1, 100);
  const description = check.optionalText('input.description', input.description, 1000) ?? null;
  const owner = await ensureCaller(ctx);
  const now = ctx.now();
  return ctx.playlists.create({
    id: crypto.randomUUID(),
    ownerId: owner.id,
    name,
    description,
    isPublic: input.isPublic === true,
    trackCount: 0,
    durationSeconds: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
};

const expected = (value: number | null | undefined) =>
  value == null ? undefined : check.intInRange('expectedVersion', value, 1, Number.MAX_SAFE_INTEGER);

/** After an edit the response must show the new state: drop cached reads and read fresh. */
const edited = (ctx: RequestContext, p: PlaylistItemModel): PlaylistItemModel => {
  ctx.loaders.playlistHead.clearAll();
  ctx.loaders.playlist.clear(p.id).prime(p.id, p);
  return p;
};

const updatePlaylist: MutationResolvers<RequestContext>['updatePlaylist'] = async (
  { arguments: args, identity },
  ctx,
) => {
  const id = check.id('id', args.id);
  const changes = {
    ...(args.input.name != null ? { name: check.text('input.name', args.input.name, 1, 100) } : {}),
    ...(args.input.description !== undefined
      ? { description: check.optionalText('input.description', args.input.description, 1000) ?? null }
      : {}),
    ...(args.input.isPublic != null ? { isPublic: args.input.isPublic } : {}),
  };
  const version = expected(args.expectedVersion);
  const current = await ctx.playlists.get(id, true);
  if (!current || !canRead(current, ctx)) throw notFound(`Playlist ${id} not found`);
  return edited(ctx, await ctx.playlists.update(current, identity.sub, changes, version, ctx.now()));
};

const deletePlaylist: MutationResolvers<RequestContext>['deletePlaylist'] = async (
  { arguments: args, identity },
  ctx,
) => {
  const id = check.id('id', args.id);
  await ctx.playlists.remove(id, identity.sub);
  ctx.loaders.playlist.clear(id);
  ctx.loaders.playlistHead.clearAll();
  return id;
};

const editOptions = (
  ctx: RequestContext,
  playlistId: string,
  expectedVersion: number | null | undefined,
): EditOptions => ({
  playlistId: check.id('playlistId', playlistId),
  callerId: ctx.identity.sub,
  expectedVersion: expected(expectedVersion),
  now: ctx.now,
});

const addTracksToPlaylist: MutationResolvers<RequestContext>['addTracksToPlaylist'] = async (
  { arguments: args },
  ctx,
) => {
  const options = editOptions(ctx, args.playlistId, args.expectedVersion);
  const trackIds = check.ids('trackIds', args.trackIds, MAX_TRACKS_PER_ADD);
  const position =
    args.position == null
      ? undefined
      : check.intInRange('position', args.position, 0, Number.MAX_SAFE_INTEGER);
  const tracks = await Promise.all(trackIds.map((id) => ctx.loaders.track.load(id)));
  const missing = trackIds.find((_, i) => !tracks[i]);
  if (missing) throw notFound(`Track ${missing} not found`);
  const found = tracks.flatMap((t) => (t ? [{ id: t.id, durationSeconds: t.durationSeconds }] : []));
  return edited(ctx, await ctx.playlistEdits.add(options, found, position));
};

const removePlaylistItems: MutationResolvers<RequestContext>['removePlaylistItems'] = async (
  { arguments: args },
  ctx,
) => {
  const options = editOptions(ctx, args.playlistId, args.expectedVersion);
  const itemIds = check.ids('itemIds', args.itemIds, MAX_IDS_PER_EDIT);
  return edited(ctx, await ctx.playlistEdits.remove(options, itemIds));
};

const movePlaylistItems: MutationResolvers<RequestContext>['movePlaylistItems'] = async (
  { arguments: args },
  ctx,
) => {
  const options = editOptions(ctx, args.playlistId, args.expectedVersion);
  const move = {
    rangeStart: check.intInRange('rangeStart', args.rangeStart, 0, Number.MAX_SAFE_INTEGER),
    rangeLength:
      args.rangeLength == null ? 1 : check.intInRange('rangeLength', args.rangeLength, 1, MAX_MOVE_LENGTH),
    insertBefore: check.intInRange('insertBefore', args.insertBefore, 0, Number.MAX_SAFE_INTEGER),
  };
  return edited(ctx, await ctx.playlistEdits.move(options, move));
};

export const playlistResolvers: PlaylistResolvers<RequestContext> = {
  owner: async ({ source }, ctx) => {
    const owner = await ctx.loaders.user.load(source.ownerId);
    if (!owner) throw new Error(`playlist ${source.id} has no owner profile`);
    return owner;
  },
  tracks: async ({ source, arguments: args }, ctx) => {
    const first = check.pageSize(args.first);
    const scope = `playlist:${source.id}`;
    const after = startKey(ctx, scope, args.after);
    // The first page usually comes from the header's own Query (read ahead by the loader).
    const page =
      after === undefined && first <= PLAYLIST_HEAD_ENTRIES
        ? await headPage(ctx, source.id, first)
        : await ctx.playlists.entries(source.id, first, after);
    return toConnection(ctx, scope, page, parsePlaylistEntry);
  },
};

const headPage = async (ctx: RequestContext, playlistId: string, first: number) => {
  const head = await ctx.loaders.playlistHead.load(playlistHeadKey(playlistId, first));
  return {
    entries: head.entries.slice(0, first),
    hasMore: head.entries.length > first || head.hasMore,
    resumeFrom: null,
  };
};

export const playlistItemResolvers: PlaylistItemResolvers<RequestContext> = {
  track: async ({ source }, ctx) => {
    const track = await ctx.loaders.track.load(source.trackId);
    if (!track) throw notFound(`Track ${source.trackId} was deleted`);
    return track;
  },
};

export const playlistQueries = { playlist, myPlaylists };
export const playlistMutations = {
  createPlaylist,
  updatePlaylist,
  deletePlaylist,
  addTracksToPlaylist,
  removePlaylistItems,
  movePlaylistItems,
};
