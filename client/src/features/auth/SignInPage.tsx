import { type FormEvent, useState } from 'react';
import { Link } from '../../app/Link.tsx';
import { navigate } from '../../app/navigate.ts';
import { useLocation } from '../../app/useLocation.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { TextField } from '../../ui/TextField.tsx';
import { AuthLayout } from './AuthLayout.tsx';
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
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={action.errorFor('password')}
        />
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="auth__links">
        <Link href="/forgot">Forgot your password?</Link>
        <Link href="/signup">Create an account</Link>
      </p>
    </AuthLayout>
  );
}
