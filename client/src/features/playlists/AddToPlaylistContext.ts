import { createContext } from 'react';
import type { TrackToAdd } from './AddToPlaylistProvider.tsx';

/** Opens the app's "add to playlist" dialog for a track. */
export const AddToPlaylistContext = createContext<((track: TrackToAdd) => void) | null>(null);
