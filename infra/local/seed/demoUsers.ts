/** A demo account the seed creates; the passwords are documented in docs/local.md (local only). */
export interface DemoUser {
  readonly key: 'listener' | 'admin';
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
  readonly admin: boolean;
}

export const demoUsers: readonly DemoUser[] = [
  {
    key: 'listener',
    email: 'listener@example.com',
    password: 'Tunehub-listen-1',
    displayName: 'Demo Listener',
    admin: false,
  },
  {
    key: 'admin',
    email: 'admin@example.com',
    password: 'Tunehub-admin-1',
    displayName: 'Demo Admin',
    admin: true,
  },
];
