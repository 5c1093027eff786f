import { TextField } from '../../ui/TextField.tsx';

/** Props of {@link EmailField}. */
export interface EmailFieldProps {
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly error: string | null;
  /** `username` where the email signs in to an existing account, `email` when creating one. */
  readonly autoComplete: 'username' | 'email';
}

/** The required email field of the auth forms. */
export function EmailField({ value, onValue, error, autoComplete }: EmailFieldProps) {
  return (
    <TextField
      label="Email"
      type="email"
      name="email"
      autoComplete={autoComplete}
      required
      value={value}
      onChange={(e) => onValue(e.target.value)}
      error={error}
    />
  );
}
