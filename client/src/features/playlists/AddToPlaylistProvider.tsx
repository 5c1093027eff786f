import { type ReactNode, useCallback, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { describeError } from '../../graphql/describeError.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { AddToPlaylistContext } from './AddToPlaylistContext.ts';
import { CreatePlaylistForm } from './CreatePlaylistForm.tsx';
import { PLAYLIST_PAGE_SIZE } from './playlistPageSize.ts';

const PlaylistPicker = graphql(`
  query PlaylistPicker($first: Int!) {
    myPlaylists(first: $first) {
      edges {
        cursor
        node {
          ...PlaylistSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const AddTracksToPlaylist = graphql(`
  mutation AddTracksToPlaylist($playlistId: ID!, $trackIds: [ID!]!, $first: Int!) {
    addTracksToPlaylist(playlistId: $playlistId, trackIds: $trackIds) {
      ...PlaylistDetail
    }
  }
`);

/** The track the dialog is adding. */
export interface TrackToAdd {
  readonly trackId: string;
  readonly title: string;
}

/**
 * One modal dialog for the whole app (rows only hold a button): lists the caller's playlists; picking
 * one appends the track to it; a new playlist can be created on the spot.
 */
export function AddToPlaylistProvider({ children }: { children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [track, setTrack] = useState<TrackToAdd | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: PlaylistPicker,
    variables: { first: 50 },
    pause: !track,
  });
  const [addState, addTracks] = useMutation(AddTracksToPlaylist);

  const open = useCallback((next: TrackToAdd) => {
    setAdded(null);
    setTrack(next);
    dialog.current?.showModal();
  }, []);
  const add = async (playlistId: string, name: string) => {
    if (!track) return;
    const result = await addTracks({ playlistId, trackIds: [track.trackId], first: PLAYLIST_PAGE_SIZE });
    if (result.data) setAdded(name);
  };
  const title = track?.title ?? '';

  return (
    <AddToPlaylistContext value={open}>
      {children}
      <dialog ref={dialog} className="dialog" aria-labelledby={headingId} onClose={() => setTrack(null)}>
        <h2 id={headingId} className="dialog__title">
          Add “{title}” to a playlist
        </h2>
        {added && (
          <p className="notice notice--info" role="status">
            Added to {added}.
          </p>
        )}
        {addState.error && <ErrorNotice message={describeError(addState.error)} />}
        {error && <ErrorNotice message={describeError(error)} />}
        {fetching && <Spinner />}
        {data && data.myPlaylists.edges.length === 0 && <p>You have no playlists yet. Create one below.</p>}
        {data && data.myPlaylists.edges.length > 0 && (
          <ul className="picker" aria-label="Your playlists">
            {data.myPlaylists.edges.map(({ node }) => (
              <li key={node.id}>
                <button
                  type="button"
                  className="button picker__item"
                  disabled={addState.fetching}
                  onClick={() => add(node.id, node.name)}
                >
                  {node.name} <span className="muted">({node.trackCount})</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {track && <CreatePlaylistForm onCreated={(id) => add(id, 'the new playlist')} />}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </AddToPlaylistContext>
  );
}
