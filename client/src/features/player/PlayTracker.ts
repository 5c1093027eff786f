/** What to send to `recordPlay` (RecordPlayInput). */
export interface PlayRecord {
  readonly id: string;
  readonly trackId: string;
  readonly playedAt: string;
  readonly msPlayed: number;
}

/** Gaps between two position reports longer than this are seeks, not listening. */
const MAX_TICK_SECONDS = 2;

/** A play counts once 30 s, or half of a shorter track, has really been listened to. */
export function playThresholdMs(durationSeconds: number): number {
  const half =
    Number.isFinite(durationSeconds) && durationSeconds > 0 ? (durationSeconds * 1000) / 2 : 30_000;
  return Math.min(30_000, half);
}

/**
 * Counts the time actually listened to one play of one track (seeking ahead does not count) and says
 * when the play qualifies for `recordPlay`, exactly once. The id is generated on the client so that a
 * retried request is not counted twice.
 */
export class PlayTracker {
  readonly id: string;
  private listenedMs = 0;
  private lastPosition: number | null = null;
  private recorded = false;

  constructor(
    readonly trackId: string,
    private readonly durationSeconds: number,
    private readonly startedAt: Date = new Date(),
    newId: () => string = () => crypto.randomUUID(),
  ) {
    this.id = newId();
  }

  /** Milliseconds listened so far. */
  get msPlayed(): number {
    return Math.round(this.listenedMs);
  }

  /** Call on every `timeupdate` while playing; returns the record the first time the play qualifies. */
  onPosition(positionSeconds: number): PlayRecord | null {
    const last = this.lastPosition;
    this.lastPosition = positionSeconds;
    if (last !== null) {
      const delta = positionSeconds - last;
      if (delta > 0 && delta <= MAX_TICK_SECONDS) this.listenedMs += delta * 1000;
    }
    if (this.recorded || this.listenedMs < playThresholdMs(this.durationSeconds)) return null;
    this.recorded = true;
    return {
      id: this.id,
      trackId: this.trackId,
      playedAt: this.startedAt.toISOString(),
      msPlayed: this.msPlayed,
    };
  }

  /** Call on pause or seek, so that the jump to the next reported position is not counted. */
  resetPosition(): void {
    this.lastPosition = null;
  }
}
