import { type FormEvent, useState } from 'react';
import { Link } from '../../app/Link.tsx';
import { navigate } from '../../app/navigate.ts';
import { useLocation } from '../../app/useLocation.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { CodeField } from './CodeField.tsx';
import { EmailField } from './EmailField.tsx';
import { PasswordField } from './PasswordField.tsx';
import { SubmitButton } from './SubmitButton.tsx';
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
          <CodeField label="Code" value={code} onValue={setCode} error={action.errorFor('code')} />
          <PasswordField
            label="New password"
            name="new-password"
            autoComplete="new-password"
            value={password}
            onValue={setPassword}
            error={action.errorFor('password') ?? action.errorFor('email')}
          />
          <SubmitButton pending={action.pending} pendingLabel="Saving…">
            Set new password
          </SubmitButton>
        </form>
      ) : (
        <form onSubmit={requestCode} noValidate className="form">
          <EmailField
            autoComplete="username"
            value={email}
            onValue={setEmail}
            error={action.errorFor('email')}
          />
          <SubmitButton pending={action.pending} pendingLabel="Sending…">
            Send reset code
          </SubmitButton>
        </form>
      )}
      <p className="auth__links">
        <Link href="/signin">Back to sign in</Link>
      </p>
    </AuthLayout>
  );
}
