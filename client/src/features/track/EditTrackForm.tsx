import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { TrackRowFragment } from '../../gql/graphql.ts';
import { describeError } from '../../graphql/describeError.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { TextField } from '../../ui/TextField.tsx';

const UpdateTrack = graphql(`
  mutation UpdateTrack($id: ID!, $input: UpdateTrackInput!) {
    updateTrack(id: $id, input: $input) {
      ...TrackRow
    }
  }
`);

/** Edits a track's metadata; an emptied album or genre is cleared. */
export function EditTrackForm({ track, onDone }: { track: TrackRowFragment; onDone: () => void }) {
  const [title, setTitle] = useState(track.title);
  const [artist, setArtist] = useState(track.artist);
  const [album, setAlbum] = useState(track.album ?? '');
  const [genre, setGenre] = useState(track.genre ?? '');
  const [missing, setMissing] = useState(false);
  const [state, updateTrack] = useMutation(UpdateTrack);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || !artist.trim()) return setMissing(true);
    setMissing(false);
    const input = { title: title.trim(), artist: artist.trim(), album: album.trim(), genre: genre.trim() };
    const result = await updateTrack({ id: track.id, input });
    if (!result.error) onDone();
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Edit track">
      <TextField
        label="Title"
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={missing && !title.trim() ? 'A title is required.' : null}
      />
      <TextField
        label="Artist"
        maxLength={200}
        value={artist}
        onChange={(e) => setArtist(e.target.value)}
        error={missing && !artist.trim() ? 'An artist is required.' : null}
      />
      <TextField label="Album" maxLength={200} value={album} onChange={(e) => setAlbum(e.target.value)} />
      <TextField label="Genre" maxLength={50} value={genre} onChange={(e) => setGenre(e.target.value)} />
      {state.error && <ErrorNotice message={describeError(state.error)} />}
      <div className="toolbar">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
