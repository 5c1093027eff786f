import type { PlayerApi } from './PlayerContext.ts';

/** The player's keyboard shortcuts: key → description (shown in the help) and action. */
export const playerShortcuts: ReadonlyArray<{
  keys: string[];
  label: string;
  run: (player: PlayerApi) => void;
}> = [
  { keys: [' ', 'k'], label: 'Play / pause', run: (p) => p.togglePlay() },
  { keys: ['j', 'ArrowLeft'], label: 'Back 10 seconds', run: (p) => p.seekBy(-10) },
  { keys: ['l', 'ArrowRight'], label: 'Forward 10 seconds', run: (p) => p.seekBy(10) },
  { keys: ['n'], label: 'Next track', run: (p) => p.next() },
  { keys: ['p'], label: 'Previous track', run: (p) => p.previous() },
  { keys: ['m'], label: 'Mute / unmute', run: (p) => p.toggleMute() },
  { keys: ['s'], label: 'Shuffle on / off', run: (p) => p.toggleShuffle() },
  { keys: ['r'], label: 'Repeat: off / all / one', run: (p) => p.cycleRepeat() },
];
