/** The signed-in user as the client sees them, read from the Cognito ID token. */
export interface AuthSession {
  /** The raw ID token, sent as the `Authorization` header. */
  readonly idToken: string;
  /** The user's id (`sub`). */
  readonly userId: string;
  readonly email: string;
  /** `cognito:groups`; `admin` may edit and delete any track. */
  readonly groups: readonly string[];
  /** Expiry of the ID token, epoch milliseconds. */
  readonly expiresAt: number;
}

/** Whether the session belongs to the `admin` group. */
export function isAdmin(session: AuthSession): boolean {
  return session.groups.includes('admin');
}
