import { type FormEvent, useState } from 'react';
import { navigate } from '../../app/navigate.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { formatDuration } from '../../ui/formatDuration.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { Dropzone } from './Dropzone.tsx';
import { AUDIO_TYPES, checkAudioFile, checkImageFile, IMAGE_TYPES } from './fileRules.ts';
import { readAudioDuration } from './readAudioDuration.ts';
import { UploadProgressBar } from './UploadProgressBar.tsx';
import { type CheckedFile, useUploadTrack } from './useUploadTrack.ts';

const titleFromFileName = (name: string) =>
  name
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();

/** Upload a track: pick or drop the audio (checked here first), an optional cover, metadata; then publish. */
export function UploadPage() {
  const [audio, setAudio] = useState<(CheckedFile & { durationSeconds: number }) | null>(null);
  const [cover, setCover] = useState<CheckedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [coverError, setCoverError] = useState<string | null>(null);
  const [fields, setFields] = useState({ title: '', artist: '', album: '', genre: '' });
  const [missing, setMissing] = useState(false);
  const { phase, publish, cancel } = useUploadTrack();
  const busy = phase.step === 'uploading' || phase.step === 'saving';

  const chooseAudio = async (file: File) => {
    setFileError(null);
    const checked = checkAudioFile(file);
    if (!checked.ok) return setFileError(checked.message);
    try {
      const durationSeconds = await readAudioDuration(file);
      setAudio({ file, contentType: checked.contentType, durationSeconds });
      setFields((f) => ({ ...f, title: f.title || titleFromFileName(file.name) }));
    } catch (error) {
      setAudio(null);
      setFileError(`“${file.name}”: ${error instanceof Error ? error.message : 'unreadable'}`);
    }
  };
  const chooseCover = (file: File) => {
    const checked = checkImageFile(file);
    setCoverError(checked.ok ? null : checked.message);
    setCover(checked.ok ? { file, contentType: checked.contentType } : null);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!audio) return setFileError('Choose an audio file first.');
    if (!fields.title.trim() || !fields.artist.trim()) return setMissing(true);
    setMissing(false);
    const trimmed = {
      title: fields.title.trim(),
      artist: fields.artist.trim(),
      album: fields.album.trim(),
      genre: fields.genre.trim(),
    };
    const id = await publish({ audio, cover, durationSeconds: audio.durationSeconds, ...trimmed });
    if (id) navigate(`/tracks/${encodeURIComponent(id)}`);
  };
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));

  return (
    <section className="page">
      <PageHeading title="Upload">Upload a track</PageHeading>
      <form className="form" onSubmit={submit} noValidate>
        <Dropzone
          label={
            audio
              ? `Audio: ${audio.file.name} (${formatDuration(audio.durationSeconds)})`
              : 'Drop an audio file here, or choose one'
          }
          hint="MP3, M4A, OGG, WAV or FLAC, up to 50 MB."
          accept={[...AUDIO_TYPES, '.mp3', '.m4a', '.ogg', '.wav', '.flac'].join(',')}
          onFile={chooseAudio}
          disabled={busy}
        />
        {fileError && <ErrorNotice message={fileError} />}
        <Dropzone
          label={cover ? `Cover: ${cover.file.name}` : 'Cover image (optional)'}
          hint="JPEG, PNG or WebP, up to 5 MB."
          accept={IMAGE_TYPES.join(',')}
          onFile={chooseCover}
          disabled={busy}
        />
        {coverError && <ErrorNotice message={coverError} />}
        <TextField
          label="Title"
          required
          maxLength={200}
          value={fields.title}
          onChange={set('title')}
          error={missing && !fields.title.trim() ? 'A title is required.' : null}
        />
        <TextField
          label="Artist"
          required
          maxLength={200}
          value={fields.artist}
          onChange={set('artist')}
          error={missing && !fields.artist.trim() ? 'An artist is required.' : null}
        />
        <TextField label="Album" maxLength={200} value={fields.album} onChange={set('album')} />
        <TextField label="Genre" maxLength={50} value={fields.genre} onChange={set('genre')} />
        <div aria-live="polite">
          {(phase.step === 'uploading' || phase.step === 'saving') && (
            <>
              <UploadProgressBar id="audio-progress" label="Audio" progress={phase.audio} />
              {phase.cover && <UploadProgressBar id="cover-progress" label="Cover" progress={phase.cover} />}
            </>
          )}
          {phase.step === 'saving' && <p className="notice notice--info">Publishing the track…</p>}
          {phase.step === 'cancelled' && (
            <p className="notice notice--info">Upload cancelled. Nothing was published.</p>
          )}
        </div>
        {phase.step === 'failed' && <ErrorNotice message={phase.message} />}
        <div className="toolbar">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Uploading…' : 'Upload and publish'}
          </button>
          {phase.step === 'uploading' && (
            <button type="button" className="button" onClick={cancel}>
              Cancel upload
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
