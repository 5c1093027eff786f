import { useCallback, useState } from 'react';
import { type AuthFieldError, type AuthStep, describeAuthError } from '../../auth/describeAuthError.ts';

/** State of one auth form submission. */
export interface AuthAction {
  readonly pending: boolean;
  readonly error: AuthFieldError | null;
  /** Runs the action; a rejection becomes `error` (resolves false), success clears it (resolves true). */
  run(action: () => Promise<void>): Promise<boolean>;
  /** The error message for one field, if the last error concerned it. */
  errorFor(field: AuthFieldError['field']): string | null;
}

/** Pending and error state for an auth form, with Cognito errors mapped to fields for its step. */
export function useAuthAction(step: AuthStep): AuthAction {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AuthFieldError | null>(null);
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setPending(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (caught) {
        setError(describeAuthError(caught, step));
        return false;
      } finally {
        setPending(false);
      }
    },
    [step],
  );
  const errorFor = (field: AuthFieldError['field']) => (error?.field === field ? error.message : null);
  return { pending, error, run, errorFor };
}
