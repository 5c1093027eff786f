/**
 * Stand-in for the CDK helper's `infra/authSettings.ts` until it lands: the same values the CDK user
 * pool uses, as plain data. Replace the import in `userPool.ts` with that module then, and delete this.
 */
export const authDefaults = {
  userPoolName: 'tunehub-users',
  appClientName: 'tunehub-web',
  adminGroupName: 'admin',
  passwordPolicy: {
    minLength: 8,
    requireLowercase: true,
    requireUppercase: true,
    requireDigits: true,
    requireSymbols: true,
  },
  /** Token lifetimes in minutes (id / access) and days (refresh), as on the CDK app client. */
  idTokenValidityMinutes: 60,
  accessTokenValidityMinutes: 60,
  refreshTokenValidityDays: 30,
} as const;
