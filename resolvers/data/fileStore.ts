import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/** Where files live in the bucket. Uploads are pending until `createTrack`/`updateProfile` commit them. */
export const fileKeys = {
  /** The caller's own upload prefix; a presigned POST only ever targets a key under it. */
  uploadPrefix: (userId: string) => `uploads/${userId}/`,
  upload: (userId: string, uploadId: string, fileName: string) => `uploads/${userId}/${uploadId}/${fileName}`,
  /** Committed files. Nothing under `uploads/` outlives a day (bucket lifecycle). */
  media: (userId: string, ownerId: string, name: string) => `media/${userId}/${ownerId}/${name}`,
};

export interface StoredObject {
  readonly contentType: string;
  readonly sizeBytes: number;
}

export interface PresignedPost {
  readonly url: string;
  readonly fields: Record<string, string>;
}

export interface FileStoreOptions {
  readonly bucket: string;
  readonly region: string;
  /** An S3-compatible endpoint (s3rver locally); path-style addressing is used with it. */
  readonly endpoint?: string | undefined;
}

/** Presigned GET URLs live this long; the client refreshes them when they expire. */
export const GET_URL_SECONDS = 15 * 60;
/** Presigned POSTs live this long. */
export const UPLOAD_URL_SECONDS = 5 * 60;

export const fileStore = (options: FileStoreOptions) => {
  const s3 = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
  });
  const Bucket = options.bucket;
  return {
    bucket: Bucket,

    /**
     * A POST policy that pins the exact key, the content type and the size, so S3 itself refuses
     * any other file. Expires after five minutes.
     */
    async presignUpload(key: string, contentType: string, sizeBytes: number): Promise<PresignedPost> {
      const post = await createPresignedPost(s3, {
        Bucket,
        Key: key,
        Conditions: [
          ['eq', '$Content-Type', contentType],
          ['content-length-range', sizeBytes, sizeBytes],
        ],
        Fields: { 'Content-Type': contentType },
        Expires: UPLOAD_URL_SECONDS,
      });
      return { url: post.url, fields: post.fields };
    },

    /** The object's type and size, or null when there is none. */
    async head(key: string): Promise<StoredObject | null> {
      try {
        const out = await s3.send(new HeadObjectCommand({ Bucket, Key: key }));
        return { contentType: out.ContentType ?? '', sizeBytes: out.ContentLength ?? 0 };
      } catch (err) {
        if (err instanceof NotFound || (err instanceof Error && err.name === 'NotFound')) return null;
        throw err;
      }
    },

    async copy(from: string, to: string, contentType: string): Promise<void> {
      await s3.send(
        new CopyObjectCommand({
          Bucket,
          CopySource: `${Bucket}/${encodeURIComponent(from).replace(/%2F/g, '/')}`,
          Key: to,
          ContentType: contentType,
          MetadataDirective: 'REPLACE',
        }),
      );
    },

    async remove(keys: readonly string[]): Promise<void> {
      if (keys.length === 0) return;
      await s3.send(
        new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
      );
    },

    /** A presigned GET that streams the object (Range requests work on it). */
    getUrl(key: string): Promise<string> {
      return getSignedUrl(s3, new GetObjectCommand({ Bucket, Key: key }), { expiresIn: GET_URL_SECONDS });
    },
  };
};

export type FileStore = ReturnType<typeof fileStore>;
