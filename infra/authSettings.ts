/**
 * The user-pool settings Tunehub relies on, described once. The CDK stack (`infra/constructs/Auth.ts`)
 * and the local stack (cognito-local, `infra/local`) both build their pool from this object, so sign-in
 * rules and the admin group cannot drift between AWS and the laptop. Plain data on purpose: no CDK
 * or SDK import here, and names follow Cognito's own API (`CreateUserPool`) where it has one.
 */

/** A standard OIDC attribute the pool stores (Cognito's attribute name, e.g. `email`, `name`). */
export interface StandardAttributeSetting {
  readonly name: 'email' | 'name';
  readonly required: boolean;
  readonly mutable: boolean;
}

export interface PasswordPolicySetting {
  readonly minimumLength: number;
  readonly requireLowercase: boolean;
  readonly requireUppercase: boolean;
  readonly requireNumbers: boolean;
  readonly requireSymbols: boolean;
  /** Days an admin-set temporary password stays valid. */
  readonly temporaryPasswordValidityDays: number;
}

export interface TokenValiditySetting {
  readonly idTokenMinutes: number;
  readonly accessTokenMinutes: number;
  readonly refreshTokenDays: number;
}

export interface AuthSettings {
  /** Group whose members may edit or delete any track (`cognito:groups` claim). */
  readonly adminGroupName: string;
  /** Users sign in with their email address; there is no separate user name. */
  readonly usernameAttributes: readonly ['email'];
  /** Cognito sends a code to the email address and marks it verified once entered. */
  readonly autoVerifiedAttributes: readonly ['email'];
  readonly selfSignUpEnabled: boolean;
  readonly passwordPolicy: PasswordPolicySetting;
  readonly standardAttributes: readonly StandardAttributeSetting[];
  readonly tokenValidity: TokenValiditySetting;
  /** Name of the public web app client (no secret). */
  readonly webClientName: string;
}

export const authSettings: AuthSettings = {
  adminGroupName: 'admin',
  usernameAttributes: ['email'],
  autoVerifiedAttributes: ['email'],
  selfSignUpEnabled: true,
  // Every character class is required: cdk-nag's AwsSolutions-COG1 asks for it, and the demo
  // sign-ins of the local stack use the same policy, so a password that works locally works on AWS.
  passwordPolicy: {
    minimumLength: 12,
    requireLowercase: true,
    requireUppercase: true,
    requireNumbers: true,
    requireSymbols: true,
    temporaryPasswordValidityDays: 7,
  },
  standardAttributes: [
    { name: 'email', required: true, mutable: true },
    // `name` seeds the display name of a new profile (`me` on first use).
    { name: 'name', required: false, mutable: true },
  ],
  // Short-lived ID tokens limit what a stolen token buys; the refresh token keeps people signed in.
  tokenValidity: { idTokenMinutes: 60, accessTokenMinutes: 60, refreshTokenDays: 30 },
  webClientName: 'tunehub-web',
};
