import { type FormEvent, useState } from 'react';
import { Link } from '../../app/Link.tsx';
import { navigate } from '../../app/navigate.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { TextField } from '../../ui/TextField.tsx';
import { AuthLayout } from './AuthLayout.tsx';
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
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={action.errorFor('email')}
        />
        <TextField
          label="Password"
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          hint="At least 8 characters, with upper and lower case letters, a number and a symbol."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={action.errorFor('password')}
        />
        <TextField
          label="Repeat password"
          type="password"
          name="repeat-password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={mismatch ? 'The passwords do not match.' : null}
        />
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? 'Creating account…' : 'Create account'}
        </button>
      </form>
      <p className="auth__links">
        <Link href="/signin">Already have an account? Sign in</Link>
      </p>
    </AuthLayout>
  );
}
