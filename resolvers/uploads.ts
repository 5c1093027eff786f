import type { MutationResolvers } from './__generated__/resolvers.ts';
import type { RequestContext } from './context.ts';
import { fileKeys, type StoredObject, UPLOAD_URL_SECONDS } from './data/fileStore.ts';
import { badInput } from './errors.ts';
import * as check from './validate.ts';

const MB = 1024 * 1024;

/** Allowed upload types with their file extension and size limit (DESIGN §2). */
export const AUDIO_TYPES: Readonly<Record<string, string>> = {
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/flac': 'flac',
};
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};
export const MAX_AUDIO_BYTES = 50 * MB;
export const MAX_IMAGE_BYTES = 5 * MB;

type Kind = 'audio' | 'image';

const limitsOf = (kind: Kind) =>
  kind === 'audio'
    ? { types: AUDIO_TYPES, max: MAX_AUDIO_BYTES }
    : { types: IMAGE_TYPES, max: MAX_IMAGE_BYTES };

/** What an upload of `contentType` may be, or null when the type is not accepted at all. */
const kindOf = (contentType: string): Kind | null =>
  contentType in AUDIO_TYPES ? 'audio' : contentType in IMAGE_TYPES ? 'image' : null;

/** A file name safe inside an S3 key and a URL. */
const safeFileName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(-100) || 'file';

export const createTrackUpload: MutationResolvers<RequestContext>['createTrackUpload'] = async (
  { arguments: { input }, identity },
  ctx,
) => {
  const fileName = check.text('input.fileName', input.fileName, 1, 200);
  const contentType = input.contentType.trim().toLowerCase();
  const kind = kindOf(contentType);
  if (!kind) {
    throw badInput(
      'input.contentType',
      `contentType must be one of ${[...Object.keys(AUDIO_TYPES), ...Object.keys(IMAGE_TYPES)].join(', ')}`,
    );
  }
  const { max } = limitsOf(kind);
  check.intInRange('input.sizeBytes', input.sizeBytes, 1, max);
  const key = fileKeys.upload(identity.sub, crypto.randomUUID(), safeFileName(fileName));
  const post = await ctx.files.presignUpload(key, contentType, input.sizeBytes);
  return {
    url: post.url,
    fields: post.fields,
    key,
    expiresAt: new Date(Date.now() + UPLOAD_URL_SECONDS * 1000).toISOString(),
  };
};

/**
 * Checks that `key` is a pending upload of the caller with an allowed type and size, as S3 itself
 * reports them (emulators don't enforce POST policies). A file that breaks the rules is deleted.
 */
export const checkUpload = async (
  ctx: RequestContext,
  field: string,
  rawKey: string,
  kind: Kind,
): Promise<{ key: string; stored: StoredObject; extension: string }> => {
  const key = rawKey.trim();
  const prefix = fileKeys.uploadPrefix(ctx.identity.sub);
  if (!key.startsWith(prefix) || key.includes('..') || key.length > 400) {
    throw badInput(field, `${field} must be a key returned by createTrackUpload for you`);
  }
  const stored = await ctx.files.head(key);
  if (!stored) throw badInput(field, `Nothing was uploaded at ${field}; upload the file first`);
  const { types, max } = limitsOf(kind);
  const extension = types[stored.contentType];
  const problem = !extension
    ? `${field} is ${stored.contentType || 'of no type'}, not ${kind === 'audio' ? 'an audio file' : 'an image'} of an accepted type`
    : stored.sizeBytes <= 0 || stored.sizeBytes > max
      ? `${field} is ${stored.sizeBytes} bytes; the limit is ${max}`
      : null;
  if (problem || !extension) {
    await ctx.files.remove([key]);
    throw badInput(field, problem ?? `${field} is not accepted`);
  }
  return { key, stored, extension };
};

/** Checks an uploaded image and moves it to its committed place; returns the new key. */
export const commitImage = async (
  ctx: RequestContext,
  field: string,
  rawKey: string,
  name: string,
  ownerSegment: string,
): Promise<string> => {
  const upload = await checkUpload(ctx, field, rawKey, 'image');
  const target = fileKeys.media(ctx.identity.sub, ownerSegment, `${name}.${upload.extension}`);
  await ctx.files.copy(upload.key, target, upload.stored.contentType);
  await ctx.files.remove([upload.key]);
  return target;
};
