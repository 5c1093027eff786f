/** Which form field an auth error belongs to; `form` when it is about the whole attempt. */
export type AuthField = 'email' | 'password' | 'code' | 'form';

/** A user-facing auth error, attached to the field it concerns. */
export interface AuthFieldError {
  readonly field: AuthField;
  readonly message: string;
}

const byName: Record<string, AuthFieldError> = {
  UsernameExistsException: {
    field: 'email',
    message: 'An account with this email already exists. Sign in instead.',
  },
  UserNotFoundException: { field: 'email', message: 'No account with this email.' },
  UserNotConfirmedException: {
    field: 'email',
    message: 'This account is not confirmed yet. Enter the code we sent you.',
  },
  AliasExistsException: { field: 'email', message: 'An account with this email already exists.' },
  EmptySignInUsername: { field: 'email', message: 'Enter your email.' },
  EmptySignUpUsername: { field: 'email', message: 'Enter your email.' },
  EmptyResetPasswordUsername: { field: 'email', message: 'Enter your email.' },
  EmptyConfirmSignUpUsername: { field: 'email', message: 'Enter your email.' },
  NotAuthorizedException: { field: 'password', message: 'Incorrect email or password.' },
  InvalidPasswordException: {
    field: 'password',
    message:
      'Password too weak: use at least 8 characters with upper and lower case letters, a number and a symbol.',
  },
  EmptySignInPassword: { field: 'password', message: 'Enter your password.' },
  EmptySignUpPassword: { field: 'password', message: 'Choose a password.' },
  EmptyConfirmResetPasswordNewPassword: { field: 'password', message: 'Choose a new password.' },
  PasswordResetRequiredException: { field: 'password', message: 'You need to reset your password.' },
  CodeMismatchException: { field: 'code', message: 'That code is not right. Check it and try again.' },
  ExpiredCodeException: { field: 'code', message: 'That code has expired. Request a new one.' },
  EmptyConfirmSignUpCode: { field: 'code', message: 'Enter the code from the email.' },
  EmptyConfirmResetPasswordConfirmationCode: { field: 'code', message: 'Enter the code from the email.' },
  LimitExceededException: { field: 'form', message: 'Too many attempts. Wait a few minutes and try again.' },
  TooManyRequestsException: { field: 'form', message: 'Too many requests. Wait a moment and try again.' },
  TooManyFailedAttemptsException: { field: 'form', message: 'Too many failed attempts. Try again later.' },
  NetworkError: { field: 'form', message: 'Cannot reach the sign-in service. Check your connection.' },
};

/** Which auth step failed; the same Cognito error can mean different things in different steps. */
export type AuthStep = 'signIn' | 'signUp' | 'confirm' | 'reset';

const signInFailures = new Set([
  'InvalidPasswordException',
  'NotAuthorizedException',
  'UserNotFoundException',
]);

/**
 * Turns a Cognito or Amplify error (matched by `name`) into a message on the field it concerns.
 * Unknown errors keep Cognito's own message, which is written for end users, on the whole form.
 *
 * @remarks At sign-in any credential error reads "incorrect email or password": cognito-local answers
 * a wrong password with InvalidPasswordException (Cognito with NotAuthorizedException), and "too
 * weak" would be wrong there; an unknown user gets the same text, so accounts cannot be probed.
 */
export function describeAuthError(error: unknown, step?: AuthStep): AuthFieldError {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (step === 'signIn' && signInFailures.has(name)) {
    return { field: 'password', message: 'Incorrect email or password.' };
  }
  const known = byName[name];
  if (known) return known;
  const message =
    error instanceof Error && error.message ? error.message : 'Something went wrong. Try again.';
  if (name === 'InvalidParameterException' && /password/i.test(message))
    return { field: 'password', message };
  if (name === 'InvalidParameterException' && /email|username/i.test(message))
    return { field: 'email', message };
  if (error instanceof TypeError)
    return { field: 'form', message: 'Cannot reach the sign-in service. Check your connection.' };
  return { field: 'form', message };
}
