import { type FormEvent, useState } from 'react';
import { Link } from '../../app/Link.tsx';
import { navigate } from '../../app/navigate.ts';
import { useLocation } from '../../app/useLocation.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { CodeField } from './CodeField.tsx';
import { EmailField } from './EmailField.tsx';
import { SubmitButton } from './SubmitButton.tsx';
import { useAuthAction } from './useAuthAction.ts';

/** Enter the emailed confirmation code; can resend it. */
export function ConfirmPage() {
  const { api } = useAuth();
  const { search } = useLocation();
  const [email, setEmail] = useState(search.get('email') ?? '');
  const [code, setCode] = useState('');
  const [info, setInfo] = useState<string | null>(
    search.get('email') ? `We sent a code to ${search.get('email')}.` : null,
  );
  const action = useAuthAction('confirm');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => {
      await api.confirmSignUp(email.trim(), code.trim());
      navigate(`/signin?email=${encodeURIComponent(email.trim())}&notice=confirmed`);
    });
  };

  const resend = async () => {
    const sent = await action.run(() => api.resendSignUpCode(email.trim()));
    if (sent) setInfo(`A new code is on its way to ${email.trim()}.`);
  };

  return (
    <AuthLayout title="Confirm your email" formError={action.errorFor('form')} info={info}>
      <form onSubmit={submit} noValidate className="form">
        <EmailField
          autoComplete="username"
          value={email}
          onValue={setEmail}
          error={action.errorFor('email')}
        />
        <CodeField label="Confirmation code" value={code} onValue={setCode} error={action.errorFor('code')} />
        <SubmitButton pending={action.pending} pendingLabel="Confirming…">
          Confirm
        </SubmitButton>
        <button type="button" className="button" onClick={resend} disabled={action.pending || !email.trim()}>
          Send a new code
        </button>
      </form>
      <p className="auth__links">
        <Link href="/signin">Back to sign in</Link>
      </p>
    </AuthLayout>
  );
}
