import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeAuthApi, SignedOut } from '../../test/fakeAuth.tsx';
import { SignInPage } from './SignInPage.tsx';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('shows a wrong password on the password field, announced and linked to it', async () => {
    const api = fakeAuthApi({
      signIn: vi.fn(async () => {
        throw Object.assign(new Error('Incorrect username or password.'), { name: 'NotAuthorizedException' });
      }),
    });
    render(
      <SignedOut api={api}>
        <SignInPage />
      </SignedOut>,
    );
    fillAndSubmit(' ann@example.com ', 'nope');
    const message = await screen.findByText('Incorrect email or password.');
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toContain(message.id);
    expect(api.signIn).toHaveBeenCalledWith('ann@example.com', 'nope');
  });

  it('sends an unconfirmed account to the confirm page with its email', async () => {
    const api = fakeAuthApi({ signIn: vi.fn(async () => 'confirmSignUp' as const) });
    render(
      <SignedOut api={api}>
        <SignInPage />
      </SignedOut>,
    );
    fillAndSubmit('new@example.com', 'Secret-123');
    await vi.waitFor(() =>
      expect(window.location.pathname + window.location.search).toBe('/confirm?email=new%40example.com'),
    );
  });

  it('reloads the session and returns to the page the visitor came from', async () => {
    window.history.replaceState(null, '', '/signin?from=%2Fplaylists%2Fp1');
    const reload = vi.fn(async () => null);
    render(
      <SignedOut api={fakeAuthApi()} reload={reload}>
        <SignInPage />
      </SignedOut>,
    );
    fillAndSubmit('ann@example.com', 'Secret-123');
    await vi.waitFor(() => expect(window.location.pathname).toBe('/playlists/p1'));
    expect(reload).toHaveBeenCalled();
  });

  it('refuses to return to another site after sign-in', async () => {
    window.history.replaceState(null, '', '/signin?from=%2F%2Fevil.example');
    render(
      <SignedOut api={fakeAuthApi()}>
        <SignInPage />
      </SignedOut>,
    );
    fillAndSubmit('ann@example.com', 'Secret-123');
    await vi.waitFor(() => expect(window.location.pathname).toBe('/'));
  });
});
