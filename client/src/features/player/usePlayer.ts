import { useContext } from 'react';
import { PlayerContext, type PlayerApi } from './PlayerContext.ts';

/**
 * The player: current track, queue and controls.
 * @throws Error outside `PlayerProvider`.
 */
export function usePlayer(): PlayerApi {
  const player = useContext(PlayerContext);
  if (!player) throw new Error('usePlayer must be used inside PlayerProvider');
  return player;
}
