import { useAudioTime } from './useAudioTime.ts';
import { usePlayer } from './usePlayer.ts';
import { Icon } from '../../ui/Icon.tsx';

/** Mute toggle and volume slider. */
export function VolumeControl() {
  const player = usePlayer();
  const { volume, muted } = useAudioTime(player.audio);
  const level = muted ? 0 : volume;
  return (
    <div className="volume">
      <button
        type="button"
        className="icon-button"
        aria-label={muted ? 'Unmute' : 'Mute'}
        aria-pressed={muted}
        onClick={player.toggleMute}
      >
        <Icon name={level === 0 ? 'muted' : level < 0.5 ? 'volumeLow' : 'volume'} />
      </button>
      <input
        type="range"
        className="volume__slider"
        aria-label="Volume"
        aria-valuetext={`${Math.round(level * 100)}%`}
        min={0}
        max={1}
        step={0.05}
        value={level}
        onChange={(e) => player.setVolume(Number(e.target.value))}
      />
    </div>
  );
}
