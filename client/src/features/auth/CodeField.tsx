import { TextField } from '../../ui/TextField.tsx';

/** Props of {@link CodeField}. */
export interface CodeFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly error: string | null;
}

/** The required numeric code field for an emailed one-time code. */
export function CodeField({ label, value, onValue, error }: CodeFieldProps) {
  return (
    <TextField
      label={label}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      required
      value={value}
      onChange={(e) => onValue(e.target.value)}
      error={error}
    />
  );
}
