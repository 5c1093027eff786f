/** A presigned POST, as createTrackUpload returns it (fields already parsed from AWSJSON). */
export interface PresignedPost {
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** Bytes sent so far and in total. */
export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

/** Why an upload failed; `aborted` when the listener cancelled. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly aborted = false,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** Parses TrackUpload.fields (an AWSJSON string of a string map). */
export function parseFields(json: string): Record<string, string> {
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('Malformed upload fields');
  const fields: Record<string, string> = {};
  for (const [key, field] of Object.entries(value)) fields[key] = String(field);
  return fields;
}

/**
 * Sends a file to S3 with a presigned POST: every policy field first, the file last as `file` (S3 ignores
 * fields after the file). XMLHttpRequest rather than fetch, because only it reports upload progress.
 * @throws UploadError on a network error, a refusal by S3 (expired or violated policy), or a cancel.
 */
export function postToS3(
  post: PresignedPost,
  file: Blob,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new UploadError('Upload cancelled.', true));
    const form = new FormData();
    for (const [key, value] of Object.entries(post.fields)) form.append(key, value);
    form.append('file', file);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', post.url);
    xhr.upload.addEventListener('progress', (event) => {
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress({ loaded: file.size, total: file.size });
        resolve();
      } else {
        const code = /<Code>([^<]+)<\/Code>/.exec(xhr.responseText)?.[1];
        reject(new UploadError(`The file store refused the upload (${code ?? `HTTP ${xhr.status}`}).`));
      }
    });
    xhr.addEventListener('error', () => reject(new UploadError('The upload failed: check your connection.')));
    xhr.addEventListener('abort', () => reject(new UploadError('Upload cancelled.', true)));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
