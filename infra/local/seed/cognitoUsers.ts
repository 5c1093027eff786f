import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
  InitiateAuthCommand,
  SignUpCommand,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { authSettings } from '../../authSettings.ts';

export interface PoolRef {
  readonly userPoolId: string;
  readonly clientId: string;
}

/** Signs in with USER_PASSWORD_AUTH and returns the ID token (what the API wants). */
export const signInIdToken = async (
  client: CognitoIdentityProviderClient,
  pool: PoolRef,
  email: string,
  password: string,
): Promise<string> => {
  const { AuthenticationResult } = await client.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );
  if (!AuthenticationResult?.IdToken) throw new Error(`sign-in of ${email} returned no ID token`);
  return AuthenticationResult.IdToken;
};

/**
 * Makes sure a confirmed user exists (self sign-up, then an admin confirmation, as a seed script on
 * AWS would) and, when asked, is in the `admin` group. Idempotent.
 */
export const ensureUser = async (
  client: CognitoIdentityProviderClient,
  pool: PoolRef,
  user: { email: string; password: string; admin: boolean },
): Promise<void> => {
  try {
    await client.send(
      new SignUpCommand({
        ClientId: pool.clientId,
        Username: user.email,
        Password: user.password,
        UserAttributes: [{ Name: 'email', Value: user.email }],
      }),
    );
  } catch (err) {
    if (!(err instanceof UsernameExistsException)) throw err;
  }
  const existing = await client.send(
    new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: user.email }),
  );
  if (existing.UserStatus === 'UNCONFIRMED') {
    await client.send(new AdminConfirmSignUpCommand({ UserPoolId: pool.userPoolId, Username: user.email }));
  }
  if (user.admin) {
    await client.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: pool.userPoolId,
        Username: user.email,
        GroupName: authSettings.adminGroupName,
      }),
    );
  }
};
