/** What the player needs to know about a track. */
export interface QueueTrack {
  readonly id: string;
  readonly title: string;
  readonly artist: string;
  readonly album?: string | null;
  readonly durationSeconds: number;
  /** Short-lived presigned URL; refreshed when it stops working. */
  readonly streamUrl: string;
  readonly coverUrl?: string | null;
}
