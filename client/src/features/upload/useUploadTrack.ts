import { useCallback, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { UploadError, type UploadProgress } from './postToS3.ts';
import { useFileUpload } from './useFileUpload.ts';

const CreateTrack = graphql(`
  mutation CreateTrack($input: CreateTrackInput!) {
    createTrack(input: $input) {
      ...TrackRow
      createdAt
    }
  }
`);

/** A validated file and the type to declare for it. */
export interface CheckedFile {
  readonly file: File;
  readonly contentType: string;
}

/** What to publish. */
export interface TrackDraft {
  readonly audio: CheckedFile;
  readonly cover: CheckedFile | null;
  readonly durationSeconds: number;
  readonly title: string;
  readonly artist: string;
  readonly album: string;
  readonly genre: string;
}

/** Where the upload is. */
export type UploadPhase =
  | { readonly step: 'idle' }
  | {
      readonly step: 'uploading' | 'saving';
      readonly audio: UploadProgress;
      readonly cover: UploadProgress | null;
    }
  | { readonly step: 'failed'; readonly message: string }
  | { readonly step: 'cancelled' };

/**
 * Publishing a track: upload the audio (then the cover) with progress, then `createTrack`. Cancel
 * aborts the transfer in flight; nothing is published, and the API cleans up uncommitted uploads.
 */
export function useUploadTrack(): {
  phase: UploadPhase;
  publish: (draft: TrackDraft) => Promise<string | null>;
  cancel: () => void;
} {
  const uploadFile = useFileUpload();
  const [, createTrack] = useMutation(CreateTrack);
  const [phase, setPhase] = useState<UploadPhase>({ step: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const publish = useCallback(
    async (draft: TrackDraft) => {
      const abort = new AbortController();
      controller.current = abort;
      try {
        // Each bar keeps its last value, so a finished upload shows 100% while the next step runs.
        let audio: UploadProgress = { loaded: 0, total: draft.audio.file.size };
        let cover: UploadProgress | null = draft.cover ? { loaded: 0, total: draft.cover.file.size } : null;
        const show = (step: 'uploading' | 'saving') => setPhase({ step, audio, cover });
        show('uploading');
        const key = await uploadFile(
          draft.audio.file,
          draft.audio.contentType,
          (p) => {
            audio = p;
            show('uploading');
          },
          abort.signal,
        );
        let coverKey: string | null = null;
        if (draft.cover) {
          coverKey = await uploadFile(
            draft.cover.file,
            draft.cover.contentType,
            (p) => {
              cover = p;
              show('uploading');
            },
            abort.signal,
          );
        }
        show('saving');
        const result = await createTrack({
          input: {
            key,
            title: draft.title,
            artist: draft.artist,
            album: draft.album || null,
            genre: draft.genre || null,
            durationSeconds: draft.durationSeconds,
            coverKey,
          },
        });
        if (result.error || !result.data)
          throw new UploadError(result.error ? describeError(result.error) : 'The track was not saved.');
        setPhase({ step: 'idle' });
        return result.data.createTrack.id;
      } catch (error) {
        if (error instanceof UploadError && error.aborted) setPhase({ step: 'cancelled' });
        else
          setPhase({
            step: 'failed',
            message: error instanceof Error ? error.message : 'The upload failed.',
          });
        return null;
      } finally {
        controller.current = null;
      }
    },
    [uploadFile, createTrack],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { phase, publish, cancel };
}
