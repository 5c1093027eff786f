import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { TextField } from '../../ui/TextField.tsx';

const CreatePlaylist = graphql(`
  mutation CreatePlaylist($input: CreatePlaylistInput!) {
    createPlaylist(input: $input) {
      ...PlaylistSummary
    }
  }
`);

/** Name a new playlist (private unless ticked public); calls back with its id. */
export function CreatePlaylistForm({ onCreated }: { onCreated?: (id: string) => void }) {
  const [name, setName] = useState('');
  const [isPublic, setIsPublic] = useState(false);
  const [missingName, setMissingName] = useState(false);
  const [state, create] = useMutation(CreatePlaylist);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setMissingName(true);
    setMissingName(false);
    const result = await create({ input: { name: name.trim(), isPublic } });
    if (result.data) {
      setName('');
      onCreated?.(result.data.createPlaylist.id);
    }
  };

  return (
    <form className="form form--inline" onSubmit={submit} noValidate aria-label="New playlist">
      <TextField
        label="New playlist name"
        name="playlist-name"
        maxLength={100}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={missingName ? 'Give the playlist a name.' : state.error ? describeError(state.error) : null}
      />
      <label className="checkbox">
        <input type="checkbox" checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)} /> Public
      </label>
      <button type="submit" className="button button--primary" disabled={state.fetching}>
        {state.fetching ? 'Creating…' : 'Create playlist'}
      </button>
    </form>
  );
}
