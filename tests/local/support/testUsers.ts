import { randomUUID } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { TestStack } from './testStack.ts';

export interface TestUser {
  readonly email: string;
  readonly password: string;
  readonly idToken: string;
  readonly accessToken: string;
}

/** Signs in and returns both tokens (the API wants the ID token; the access token must be refused). */
export const signIn = async (t: TestStack, email: string, password: string, clientId?: string) => {
  const { AuthenticationResult } = await t.cognito.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId ?? t.stack.outputs.UserPoolClientId,
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );
  if (!AuthenticationResult?.IdToken || !AuthenticationResult.AccessToken) throw new Error('no tokens');
  return { idToken: AuthenticationResult.IdToken, accessToken: AuthenticationResult.AccessToken };
};

/**
 * The real sign-up flow against cognito-local: SignUp, the code it "emails" (prints), ConfirmSignUp,
 * then USER_PASSWORD_AUTH. With `admin`, the user joins the group before signing in.
 */
export const newUser = async (
  t: TestStack,
  name: string,
  options: { admin?: boolean } = {},
): Promise<TestUser> => {
  const email = `${name}-${randomUUID().slice(0, 8)}@example.com`;
  const password = 'Test-password-1';
  const clientId = t.stack.outputs.UserPoolClientId;
  await t.cognito.send(
    new SignUpCommand({
      ClientId: clientId,
      Username: email,
      Password: password,
      UserAttributes: [{ Name: 'email', Value: email }],
    }),
  );
  const code = await t.codeFor(email);
  await t.cognito.send(
    new ConfirmSignUpCommand({ ClientId: clientId, Username: email, ConfirmationCode: code }),
  );
  if (options.admin) {
    await t.cognito.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: t.stack.outputs.UserPoolId,
        Username: email,
        GroupName: 'admin',
      }),
    );
  }
  return { email, password, ...(await signIn(t, email, password)) };
};
