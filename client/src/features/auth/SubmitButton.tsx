import type { ReactNode } from 'react';

/** Props of {@link SubmitButton}. */
export interface SubmitButtonProps {
  readonly pending: boolean;
  /** Shown instead of the children while the submission is pending. */
  readonly pendingLabel: string;
  readonly children: ReactNode;
}

/** The primary submit button of an auth form, disabled and relabelled while pending. */
export function SubmitButton({ pending, pendingLabel, children }: SubmitButtonProps) {
  return (
    <button type="submit" className="button button--primary" disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
