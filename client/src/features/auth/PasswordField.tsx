import { TextField } from '../../ui/TextField.tsx';

/** Props of {@link PasswordField}. */
export interface PasswordFieldProps {
  readonly label: string;
  readonly name: string;
  /** `current-password` to sign in; `new-password` so password managers offer to save or generate. */
  readonly autoComplete: 'current-password' | 'new-password';
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly error: string | null;
  readonly hint?: string;
}

/** A required password field of the auth forms. */
export function PasswordField({
  label,
  name,
  autoComplete,
  value,
  onValue,
  error,
  hint,
}: PasswordFieldProps) {
  return (
    <TextField
      label={label}
      type="password"
      name={name}
      autoComplete={autoComplete}
      required
      hint={hint}
      value={value}
      onChange={(e) => onValue(e.target.value)}
      error={error}
    />
  );
}
