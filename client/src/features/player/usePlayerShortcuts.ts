import { useEffect } from 'react';
import { isTypingTarget } from './isTypingTarget.ts';
import type { PlayerApi } from './PlayerContext.ts';
import { playerShortcuts } from './playerShortcuts.ts';

/**
 * Global keyboard shortcuts for the player (see `playerShortcuts`). They never fire while typing, with
 * modifiers held, or — for Space and the arrows — when a control that uses those keys has focus.
 */
export function usePlayerShortcuts(player: PlayerApi): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTypingTarget(event.target)
      )
        return;
      const usesKey =
        event.target instanceof HTMLElement &&
        event.target.closest('button, a, [role="slider"], summary, dialog');
      if (usesKey && (event.key === ' ' || event.key.startsWith('Arrow'))) return;
      if (!player.current) return;
      const shortcut = playerShortcuts.find((s) => s.keys.includes(event.key));
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run(player);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [player]);
}
