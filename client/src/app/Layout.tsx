import type { ReactNode } from 'react';
import { useAuth } from '../auth/useAuth.ts';
import { PlayerBar } from '../features/player/PlayerBar.tsx';
import { useMe } from '../features/profile/useMe.ts';
import { Cover } from '../ui/Cover.tsx';
import { Link } from './Link.tsx';
import type { RouteName } from './matchRoute.ts';

const links: ReadonlyArray<readonly [RouteName, string, string]> = [
  ['browse', '/', 'Browse'],
  ['upload', '/upload', 'Upload'],
  ['playlists', '/playlists', 'Playlists'],
  ['favourites', '/favourites', 'Favourites'],
  ['history', '/history', 'History'],
];

/** The signed-in frame: skip link, header navigation, the page, and the player bar. */
export function Layout({ route, children }: { route: RouteName; children: ReactNode }) {
  const { signOut } = useAuth();
  const [{ data }] = useMe();
  const active = route === 'playlist' ? 'playlists' : route;
  return (
    <div className="layout">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="header">
        <Link href="/" className="brand">
          Tunehub
        </Link>
        <nav aria-label="Main" className="nav">
          {links.map(([name, href, label]) => (
            <Link
              key={name}
              href={href}
              className="nav__link"
              aria-current={active === name ? 'page' : undefined}
            >
              {label}
            </Link>
          ))}
        </nav>
        <div className="header__user">
          <Link
            href="/profile"
            className="header__profile"
            aria-current={route === 'profile' ? 'page' : undefined}
          >
            <Cover url={data?.me.avatarUrl} size={28} />
            <span>{data?.me.displayName ?? 'Profile'}</span>
          </Link>
          <button type="button" className="button button--small" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <PlayerBar />
    </div>
  );
}
