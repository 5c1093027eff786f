import {
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { authSettings } from '../authSettings.ts';

/** cognito-local has no CloudFormation names; the pool is found again by this name on restart. */
export const localUserPoolName = 'tunehub-users';

/** Ids of the local user pool and its public app client. */
export interface LocalUserPool {
  readonly userPoolId: string;
  readonly userPoolClientId: string;
}

/** An SDK client for cognito-local (it accepts any credentials and region). */
export const localCognitoClient = (endpoint: string): CognitoIdentityProviderClient =>
  new CognitoIdentityProviderClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

const findOrCreatePool = async (client: CognitoIdentityProviderClient): Promise<string> => {
  const { UserPools } = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  const existing = UserPools?.find((p) => p.Name === localUserPoolName)?.Id;
  if (existing) return existing;
  const { passwordPolicy: p } = authSettings;
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({
      PoolName: localUserPoolName,
      UsernameAttributes: [...authSettings.usernameAttributes],
      // cognito-local only "sends" a sign-up code (prints it) when email is auto-verified, as on AWS.
      AutoVerifiedAttributes: [...authSettings.autoVerifiedAttributes],
      Policies: {
        PasswordPolicy: {
          MinimumLength: p.minimumLength,
          RequireLowercase: p.requireLowercase,
          RequireUppercase: p.requireUppercase,
          RequireNumbers: p.requireNumbers,
          RequireSymbols: p.requireSymbols,
          TemporaryPasswordValidityDays: p.temporaryPasswordValidityDays,
        },
      },
      Schema: authSettings.standardAttributes.map((a) => ({
        Name: a.name,
        AttributeDataType: 'String',
        Required: a.required,
        Mutable: a.mutable,
      })),
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: !authSettings.selfSignUpEnabled },
    }),
  );
  if (!UserPool?.Id) throw new Error('cognito-local created a user pool without an id');
  return UserPool.Id;
};

const findOrCreateClient = async (
  client: CognitoIdentityProviderClient,
  userPoolId: string,
): Promise<string> => {
  const { UserPoolClients } = await client.send(
    new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }),
  );
  const existing = UserPoolClients?.find((c) => c.ClientName === authSettings.webClientName)?.ClientId;
  if (existing) return existing;
  const { UserPoolClient } = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: authSettings.webClientName,
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      IdTokenValidity: authSettings.tokenValidity.idTokenMinutes,
      AccessTokenValidity: authSettings.tokenValidity.accessTokenMinutes,
      RefreshTokenValidity: authSettings.tokenValidity.refreshTokenDays,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'days' },
      PreventUserExistenceErrors: 'ENABLED',
    }),
  );
  if (!UserPoolClient?.ClientId) throw new Error('cognito-local created an app client without an id');
  return UserPoolClient.ClientId;
};

/**
 * Finds the Tunehub pool, app client and `admin` group by name, creating what is missing, so ids stay
 * the same across restarts on the same data directory.
 */
export const ensureUserPool = async (client: CognitoIdentityProviderClient): Promise<LocalUserPool> => {
  const userPoolId = await findOrCreatePool(client);
  const userPoolClientId = await findOrCreateClient(client, userPoolId);
  const { Groups } = await client.send(new ListGroupsCommand({ UserPoolId: userPoolId }));
  // Only create when missing: cognito-local's CreateGroup overwrites an existing group and drops its
  // members (and its GetGroup answers a malformed error type for a missing group, hence ListGroups).
  if (!Groups?.some((g) => g.GroupName === authSettings.adminGroupName)) {
    await client.send(
      new CreateGroupCommand({
        UserPoolId: userPoolId,
        GroupName: authSettings.adminGroupName,
        Description: 'May edit and delete any track',
      }),
    );
  }
  return { userPoolId, userPoolClientId };
};
