import { type FormEvent, useState } from 'react';
import { Link } from '../../app/Link.tsx';
import { navigate } from '../../app/navigate.ts';
import { useLocation } from '../../app/useLocation.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { EmailField } from './EmailField.tsx';
import { PasswordField } from './PasswordField.tsx';
import { SubmitButton } from './SubmitButton.tsx';
import { useAuthAction } from './useAuthAction.ts';

const notices: Record<string, string> = {
  confirmed: 'Your account is confirmed. Sign in to continue.',
  reset: 'Your password was changed. Sign in with the new one.',
};

/** Sign in with email and password; an unconfirmed account is sent to the confirm page. */
export function SignInPage() {
  const { api, reload } = useAuth();
  const { search } = useLocation();
  const [email, setEmail] = useState(search.get('email') ?? '');
  const [password, setPassword] = useState('');
  const action = useAuthAction('signIn');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => {
      const result = await api.signIn(email.trim(), password);
      if (result === 'confirmSignUp') return navigate(`/confirm?email=${encodeURIComponent(email.trim())}`);
      if (result === 'resetPassword') return navigate(`/forgot?email=${encodeURIComponent(email.trim())}`);
      await reload();
      const from = search.get('from');
      navigate(from?.startsWith('/') && !from.startsWith('//') ? from : '/', { replace: true });
    });
  };

  return (
    <AuthLayout
      title="Sign in"
      formError={action.errorFor('form')}
      info={notices[search.get('notice') ?? '']}
    >
      <form onSubmit={submit} noValidate className="form">
        <EmailField
          autoComplete="username"
          value={email}
          onValue={setEmail}
          error={action.errorFor('email')}
        />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          value={password}
          onValue={setPassword}
          error={action.errorFor('password')}
        />
        <SubmitButton pending={action.pending} pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      <p className="auth__links">
        <Link href="/forgot">Forgot your password?</Link>
        <Link href="/signup">Create an account</Link>
      </p>
    </AuthLayout>
  );
}
