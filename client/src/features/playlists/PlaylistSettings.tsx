import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { navigate } from '../../app/navigate.ts';
import { graphql } from '../../gql';
import type { PlaylistSummaryFragment } from '../../gql/graphql.ts';
import { describeError } from '../../graphql/describeError.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { PlaylistEditor } from './usePlaylistEditor.ts';

const DeletePlaylist = graphql(`
  mutation DeletePlaylist($id: ID!) {
    deletePlaylist(id: $id)
  }
`);

/** Owner-only settings: rename, public/private, delete (with confirmation). */
export function PlaylistSettings({
  playlist,
  editor,
}: {
  playlist: PlaylistSummaryFragment;
  editor: PlaylistEditor;
}) {
  const [name, setName] = useState(playlist.name);
  const [emptyName, setEmptyName] = useState(false);
  const [deleteState, deletePlaylist] = useMutation(DeletePlaylist);

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setEmptyName(true);
    setEmptyName(false);
    await editor.update({ name: name.trim() });
  };
  const remove = async () => {
    if (!window.confirm(`Delete the playlist “${playlist.name}”? This cannot be undone.`)) return;
    const result = await deletePlaylist({ id: playlist.id });
    if (!result.error) navigate('/playlists', { replace: true });
  };

  return (
    <details className="settings">
      <summary>Playlist settings</summary>
      <form className="form form--inline" onSubmit={rename} noValidate>
        <TextField
          label="Name"
          name="name"
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={emptyName ? 'A playlist needs a name.' : null}
        />
        <button type="submit" className="button" disabled={editor.busy || name.trim() === playlist.name}>
          Rename
        </button>
      </form>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={playlist.isPublic}
          disabled={editor.busy}
          onChange={(e) => void editor.update({ isPublic: e.target.checked })}
        />{' '}
        Public (other listeners can open it)
      </label>
      <button
        type="button"
        className="button button--danger"
        onClick={remove}
        disabled={deleteState.fetching}
      >
        Delete playlist
      </button>
      {deleteState.error && <ErrorNotice message={describeError(deleteState.error)} />}
    </details>
  );
}
