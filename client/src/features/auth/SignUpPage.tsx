import { type FormEvent, useState } from 'react';
import { Link } from '../../app/Link.tsx';
import { navigate } from '../../app/navigate.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { EmailField } from './EmailField.tsx';
import { PasswordField } from './PasswordField.tsx';
import { SubmitButton } from './SubmitButton.tsx';
import { useAuthAction } from './useAuthAction.ts';

/** Create an account; Cognito then emails a confirmation code. */
export function SignUpPage() {
  const { api } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const action = useAuthAction('signUp');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) return setMismatch(true);
    setMismatch(false);
    await action.run(async () => {
      const needsCode = await api.signUp(email.trim(), password);
      const address = encodeURIComponent(email.trim());
      navigate(needsCode ? `/confirm?email=${address}` : `/signin?email=${address}&notice=confirmed`);
    });
  };

  return (
    <AuthLayout title="Create your account" formError={action.errorFor('form')}>
      <form onSubmit={submit} noValidate className="form">
        <EmailField autoComplete="email" value={email} onValue={setEmail} error={action.errorFor('email')} />
        <PasswordField
          label="Password"
          name="new-password"
          autoComplete="new-password"
          hint="At least 8 characters, with upper and lower case letters, a number and a symbol."
          value={password}
          onValue={setPassword}
          error={action.errorFor('password')}
        />
        <PasswordField
          label="Repeat password"
          name="repeat-password"
          autoComplete="new-password"
          value={repeat}
          onValue={setRepeat}
          error={mismatch ? 'The passwords do not match.' : null}
        />
        <SubmitButton pending={action.pending} pendingLabel="Creating account…">
          Create account
        </SubmitButton>
      </form>
      <p className="auth__links">
        <Link href="/signin">Already have an account? Sign in</Link>
      </p>
    </AuthLayout>
  );
}
