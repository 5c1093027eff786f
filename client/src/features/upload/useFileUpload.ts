import { useCallback } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { parseFields, postToS3, UploadError, type UploadProgress } from './postToS3.ts';

const CreateTrackUpload = graphql(`
  mutation CreateTrackUpload($input: CreateTrackUploadInput!) {
    createTrackUpload(input: $input) {
      url
      fields
      key
      expiresAt
    }
  }
`);

/** Uploads one file and resolves to its object key (for createTrack, coverKey or avatarKey). */
export type UploadFile = (
  file: File,
  contentType: string,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
) => Promise<string>;

/**
 * Uploading a file: ask the API for a presigned POST (it checks type and size as well), then send the
 * file straight to S3 with progress.
 * @throws UploadError with a sentence for the listener, `aborted` when cancelled.
 */
export function useFileUpload(): UploadFile {
  const [, createTrackUpload] = useMutation(CreateTrackUpload);
  return useCallback<UploadFile>(
    async (file, contentType, onProgress, signal) => {
      const result = await createTrackUpload({
        input: { fileName: file.name, contentType, sizeBytes: file.size },
      });
      if (result.error || !result.data)
        throw new UploadError(result.error ? describeError(result.error) : 'No upload slot.');
      if (signal?.aborted) throw new UploadError('Upload cancelled.', true);
      const { url, fields, key } = result.data.createTrackUpload;
      await postToS3({ url, fields: parseFields(fields) }, file, onProgress, signal);
      return key;
    },
    [createTrackUpload],
  );
}
