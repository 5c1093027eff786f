import { useMutation } from 'urql';
import { navigate } from '../../app/navigate.ts';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';

const DeleteTrack = graphql(`
  mutation DeleteTrack($id: ID!) {
    deleteTrack(id: $id)
  }
`);

/** Deletes a track after confirmation, then goes home. Uploader or admin only (the API enforces it). */
export function DeleteTrackButton({ id, title }: { id: string; title: string }) {
  const [state, deleteTrack] = useMutation(DeleteTrack);
  const remove = async () => {
    if (!window.confirm(`Delete “${title}” for everyone? It is also removed from all playlists.`)) return;
    const result = await deleteTrack({ id });
    if (!result.error) navigate('/', { replace: true });
  };
  return (
    <>
      <button type="button" className="button button--danger" onClick={remove} disabled={state.fetching}>
        {state.fetching ? 'Deleting…' : 'Delete'}
      </button>
      {state.error && <ErrorNotice message={describeError(state.error)} />}
    </>
  );
}
