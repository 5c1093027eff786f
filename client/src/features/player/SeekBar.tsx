import { formatDuration } from '../../ui/formatDuration.ts';
import { useAudioTime } from './useAudioTime.ts';
import { usePlayer } from './usePlayer.ts';

/** Elapsed time, a seek slider and the track length. */
export function SeekBar() {
  const player = usePlayer();
  const { currentTime, duration } = useAudioTime(player.audio);
  const length = duration || player.current?.durationSeconds || 0;
  return (
    <div className="seek">
      <span className="seek__time" data-testid="elapsed">
        {formatDuration(currentTime)}
      </span>
      <input
        type="range"
        className="seek__slider"
        aria-label="Seek"
        aria-valuetext={`${formatDuration(currentTime)} of ${formatDuration(length)}`}
        min={0}
        max={length || 1}
        step={1}
        value={Math.min(currentTime, length || 1)}
        disabled={!player.current}
        onChange={(e) => player.seek(Number(e.target.value))}
      />
      <span className="seek__time">{formatDuration(length)}</span>
    </div>
  );
}
