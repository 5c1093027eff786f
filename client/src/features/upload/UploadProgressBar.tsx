import type { UploadProgress } from './postToS3.ts';

/** A labelled progress bar with the percentage and bytes sent. */
export function UploadProgressBar({
  id,
  label,
  progress,
}: {
  id: string;
  label: string;
  progress: UploadProgress;
}) {
  const percent = progress.total > 0 ? Math.floor((progress.loaded / progress.total) * 100) : 0;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return (
    <div className="progress">
      <div className="progress__label">
        <span id={`${id}-label`}>{label}</span>
        <span data-testid={`${id}-percent`}>{percent}%</span>
      </div>
      <progress
        className="progress__bar"
        max={100}
        value={percent}
        aria-labelledby={`${id}-label`}
        data-testid={id}
      />
      <span className="muted">
        {mb(progress.loaded)} of {mb(progress.total)} MB
      </span>
    </div>
  );
}
