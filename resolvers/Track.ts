import type { MutationResolvers, QueryResolvers, TrackResolvers } from './__generated__/resolvers.ts';
import { listPage, primedTrack } from './connection.ts';
import type { RequestContext } from './context.ts';
import { fileKeys } from './data/fileStore.ts';
import type { TrackItem } from './data/models.ts';
import { purgeTrackReferences } from './data/trackReferences.ts';
import { forbidden, notFound } from './errors.ts';
import { isAdmin } from './identity.ts';
import { checkUpload, commitImage } from './uploads.ts';
import { ensureCaller } from './User.ts';
import * as check from './validate.ts';

/** Longest accepted track: six hours. */
const MAX_DURATION_SECONDS = 6 * 60 * 60;

const loadTrack = async (ctx: RequestContext, id: string): Promise<TrackItem> => {
  const track = await ctx.loaders.track.load(id);
  if (!track) throw notFound(`Track ${id} not found`);
  return track;
};

/** Uploader or an `admin` may change a track. */
const authorizeEdit = async (ctx: RequestContext, id: string): Promise<TrackItem> => {
  const track = await loadTrack(ctx, id);
  if (track.uploaderId !== ctx.identity.sub && !isAdmin(ctx.identity)) {
    throw forbidden('Only the uploader or an admin may change this track');
  }
  return track;
};

const track: QueryResolvers<RequestContext>['track'] = ({ arguments: args }, ctx) =>
  ctx.loaders.track.load(check.id('id', args.id));

const tracks: QueryResolvers<RequestContext>['tracks'] = async ({ arguments: args }, ctx) => {
  const filter = {
    genre: args.filter?.genre == null ? undefined : check.text('filter.genre', args.filter.genre, 1, 50),
    artist: args.filter?.artist == null ? undefined : check.text('filter.artist', args.filter.artist, 1, 200),
    uploadedBy:
      args.filter?.uploadedBy == null ? undefined : check.id('filter.uploadedBy', args.filter.uploadedBy),
  };
  return listPage(
    ctx,
    `tracks:${JSON.stringify(filter)}`,
    args,
    (first, start) => ctx.tracks.list(filter, first, start),
    primedTrack(ctx),
  );
};

const searchTracks: QueryResolvers<RequestContext>['searchTracks'] = async ({ arguments: args }, ctx) => {
  const query = check.text('query', args.query, 1, 100);
  // Search entries only name the track: one batched read fetches the page's tracks.
  return listPage(
    ctx,
    `search:${query.toLowerCase()}`,
    args,
    (first, start) => ctx.tracks.search(query, first, start),
    (item) => ctx.loaders.track.load(String(item.trackId)),
  );
};

const createTrack: MutationResolvers<RequestContext>['createTrack'] = async (
  { arguments: { input }, identity },
  ctx,
) => {
  const title = check.text('input.title', input.title, 1, 200);
  const artist = check.text('input.artist', input.artist, 1, 200);
  const album = check.optionalText('input.album', input.album, 200) ?? null;
  const genre = check.optionalText('input.genre', input.genre, 50) ?? null;
  if (
    !Number.isFinite(input.durationSeconds) ||
    input.durationSeconds <= 0 ||
    input.durationSeconds > MAX_DURATION_SECONDS
  ) {
    throw check.outOfRange('input.durationSeconds', `more than 0 and at most ${MAX_DURATION_SECONDS}`);
  }
  await ensureCaller(ctx);
  const audio = await checkUpload(ctx, 'input.key', input.key, 'audio');
  const id = crypto.randomUUID();
  const coverKey =
    input.coverKey == null ? null : await commitImage(ctx, 'input.coverKey', input.coverKey, 'cover', id);
  const audioKey = fileKeys.media(identity.sub, id, `audio.${audio.extension}`);
  await ctx.files.copy(audio.key, audioKey, audio.stored.contentType);
  let created: TrackItem;
  try {
    created = await ctx.tracks.create({
      id,
      title,
      artist,
      album,
      genre,
      durationSeconds: input.durationSeconds,
      audioKey,
      audioContentType: audio.stored.contentType,
      coverKey,
      uploaderId: identity.sub,
      playCount: 0,
      favouriteCount: 0,
      createdAt: ctx.now(),
    });
  } catch (err) {
    // No row, so the committed copies belong to nothing; the upload itself stays for a retry.
    await ctx.files.remove([audioKey, ...(coverKey ? [coverKey] : [])]);
    throw err;
  }
  await ctx.files.remove([audio.key]);
  ctx.loaders.track.prime(created.id, created);
  return created;
};

const updateTrack: MutationResolvers<RequestContext>['updateTrack'] = async ({ arguments: args }, ctx) => {
  const id = check.id('id', args.id);
  const { input } = args;
  const before = await authorizeEdit(ctx, id);
  const changes = {
    ...(input.title != null ? { title: check.text('input.title', input.title, 1, 200) } : {}),
    ...(input.artist != null ? { artist: check.text('input.artist', input.artist, 1, 200) } : {}),
    ...(input.album !== undefined
      ? { album: check.optionalText('input.album', input.album, 200) ?? null }
      : {}),
    ...(input.genre !== undefined
      ? { genre: check.optionalText('input.genre', input.genre, 50) ?? null }
      : {}),
    ...(input.coverKey != null
      ? {
          coverKey: await commitImage(
            ctx,
            'input.coverKey',
            input.coverKey,
            `cover-${crypto.randomUUID()}`,
            id,
          ),
        }
      : {}),
  };
  const updated = await ctx.tracks.update(before, changes);
  if (changes.coverKey && before.coverKey) await ctx.files.remove([before.coverKey]);
  ctx.loaders.track.clear(id).prime(id, updated);
  return updated;
};

const deleteTrack: MutationResolvers<RequestContext>['deleteTrack'] = async ({ arguments: args }, ctx) => {
  const id = check.id('id', args.id);
  const existing = await authorizeEdit(ctx, id);
  await ctx.tracks.remove(existing);
  await purgeTrackReferences(ctx.db, id, ctx.now());
  await ctx.files.remove([existing.audioKey, ...(existing.coverKey ? [existing.coverKey] : [])]);
  ctx.loaders.track.clear(id);
  return id;
};

export const trackResolvers: TrackResolvers<RequestContext> = {
  streamUrl: ({ source }, ctx) => ctx.files.getUrl(source.audioKey),
  coverUrl: ({ source }, ctx) => (source.coverKey ? ctx.files.getUrl(source.coverKey) : null),
  uploader: async ({ source }, ctx) => {
    const uploader = await ctx.loaders.user.load(source.uploaderId);
    if (!uploader) throw new Error(`track ${source.id} has no uploader profile ${source.uploaderId}`);
    return uploader;
  },
  isFavourite: async ({ source }, ctx) => (await ctx.loaders.isFavourite.load(source.id)) === true,
};

export const trackQueries = { track, tracks, searchTracks };
export const trackMutations = { createTrack, updateTrack, deleteTrack };
