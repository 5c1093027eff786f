import { useContext } from 'react';
import { AddToPlaylistContext } from './AddToPlaylistContext.ts';
import type { TrackToAdd } from './AddToPlaylistProvider.tsx';

/**
 * A function that opens the "add to playlist" dialog for a track.
 * @throws Error outside `AddToPlaylistProvider`.
 */
export function useAddToPlaylist(): (track: TrackToAdd) => void {
  const open = useContext(AddToPlaylistContext);
  if (!open) throw new Error('useAddToPlaylist must be used inside AddToPlaylistProvider');
  return open;
}
