import { describe, expect, it } from 'vitest';
import { describeAuthError } from './describeAuthError.ts';

const cognitoError = (name: string, message = 'cognito says no') =>
  Object.assign(new Error(message), { name });

describe('describeAuthError', () => {
  it('puts known Cognito errors on the field they concern', () => {
    expect(describeAuthError(cognitoError('UsernameExistsException'))).toMatchObject({ field: 'email' });
    expect(describeAuthError(cognitoError('InvalidPasswordException'), 'signUp')).toMatchObject({
      field: 'password',
      message: expect.stringMatching(/at least 8 characters/),
    });
    expect(describeAuthError(cognitoError('CodeMismatchException'), 'confirm')).toMatchObject({
      field: 'code',
    });
    expect(describeAuthError(cognitoError('ExpiredCodeException'))).toMatchObject({
      field: 'code',
      message: /expired/,
    });
    expect(describeAuthError(cognitoError('LimitExceededException'))).toMatchObject({ field: 'form' });
  });

  it('never says "too weak" or "no such user" at sign-in', () => {
    for (const name of ['InvalidPasswordException', 'NotAuthorizedException', 'UserNotFoundException']) {
      expect(describeAuthError(cognitoError(name), 'signIn')).toEqual({
        field: 'password',
        message: 'Incorrect email or password.',
      });
    }
  });

  it('maps Amplify’s own validation errors', () => {
    expect(describeAuthError(cognitoError('EmptySignInUsername'), 'signIn')).toMatchObject({
      field: 'email',
    });
    expect(describeAuthError(cognitoError('EmptySignUpPassword'), 'signUp')).toMatchObject({
      field: 'password',
    });
  });

  it('keeps Cognito’s message for parameter errors, on the field it names', () => {
    const error = cognitoError('InvalidParameterException', 'Invalid email address format.');
    expect(describeAuthError(error, 'signUp')).toEqual({
      field: 'email',
      message: 'Invalid email address format.',
    });
  });

  it('reports a network failure and anything unknown on the whole form', () => {
    expect(describeAuthError(new TypeError('Failed to fetch'))).toMatchObject({
      field: 'form',
      message: /Cannot reach/,
    });
    expect(describeAuthError(cognitoError('SomethingNew', 'A new problem.'))).toEqual({
      field: 'form',
      message: 'A new problem.',
    });
    expect(describeAuthError('weird')).toMatchObject({ field: 'form' });
  });
});
