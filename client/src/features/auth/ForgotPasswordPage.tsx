import { type FormEvent, useState } from 'react';
import { Link } from '../../app/Link.tsx';
import { navigate } from '../../app/navigate.ts';
import { useLocation } from '../../app/useLocation.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { TextField } from '../../ui/TextField.tsx';
import { AuthLayout } from './AuthLayout.tsx';
import { useAuthAction } from './useAuthAction.ts';

/** Two steps: request a reset code by email, then set a new password with it. */
export function ForgotPasswordPage() {
  const { api } = useAuth();
  const { search } = useLocation();
  const [email, setEmail] = useState(search.get('email') ?? '');
  const [codeSent, setCodeSent] = useState(false);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const action = useAuthAction('reset');

  const requestCode = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(() => api.resetPassword(email.trim()))) setCodeSent(true);
  };

  const setNewPassword = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => {
      await api.confirmResetPassword(email.trim(), code.trim(), password);
      navigate(`/signin?email=${encodeURIComponent(email.trim())}&notice=reset`);
    });
  };

  return (
    <AuthLayout
      title="Reset your password"
      formError={action.errorFor('form')}
      info={codeSent ? `We sent a code to ${email.trim()}.` : null}
    >
      {codeSent ? (
        <form onSubmit={setNewPassword} noValidate className="form">
          <TextField
            label="Code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={action.errorFor('code')}
          />
          <TextField
            label="New password"
            type="password"
            name="new-password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={action.errorFor('password') ?? action.errorFor('email')}
          />
          <button type="submit" className="button button--primary" disabled={action.pending}>
            {action.pending ? 'Saving…' : 'Set new password'}
          </button>
        </form>
      ) : (
        <form onSubmit={requestCode} noValidate className="form">
          <TextField
            label="Email"
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={action.errorFor('email')}
          />
          <button type="submit" className="button button--primary" disabled={action.pending}>
            {action.pending ? 'Sending…' : 'Send reset code'}
          </button>
        </form>
      )}
      <p className="auth__links">
        <Link href="/signin">Back to sign in</Link>
      </p>
    </AuthLayout>
  );
}
