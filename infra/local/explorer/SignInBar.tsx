import { type FormEvent, useState } from 'react';
import { demoUsers } from '../seed/demoUsers.ts';
import type { ExplorerSession } from './cognitoSignIn.ts';

export interface SignInBarProps {
  readonly session: ExplorerSession | undefined;
  readonly onSignIn: (email: string, password: string) => Promise<void>;
  readonly onSignOut: () => void;
}

/** The explorer's top bar: who is signed in, or a sign-in form prefilled with a demo account. */
export const SignInBar = ({ session, onSignIn, onSignOut }: SignInBarProps) => {
  const [email, setEmail] = useState(demoUsers[0]?.email ?? '');
  const [password, setPassword] = useState(demoUsers[0]?.password ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    onSignIn(email, password)
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setBusy(false));
  };
  if (session) {
    return (
      <header className="tunehub-bar">
        <strong>Tunehub API explorer</strong>
        <span>
          Signed in as <b>{session.email}</b>; requests carry its ID token.
        </span>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
    );
  }
  return (
    <header className="tunehub-bar">
      <strong>Tunehub API explorer</strong>
      <form onSubmit={submit}>
        <label>
          Email <input value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="username" />
        </label>
        <label>
          Password{' '}
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        {demoUsers.map((u) => (
          <button
            key={u.key}
            type="button"
            onClick={() => {
              setEmail(u.email);
              setPassword(u.password);
            }}
          >
            Demo {u.key}
          </button>
        ))}
      </form>
      {error && <span role="alert">{error}</span>}
    </header>
  );
};
