/** The app's pages. */
export type RouteName =
  | 'browse'
  | 'track'
  | 'upload'
  | 'playlists'
  | 'playlist'
  | 'favourites'
  | 'history'
  | 'profile'
  | 'signIn'
  | 'signUp'
  | 'confirm'
  | 'forgot'
  | 'notFound';

/** A matched route and its path parameters. */
export interface RouteMatch {
  readonly name: RouteName;
  readonly params: Readonly<Record<string, string>>;
}

const table: ReadonlyArray<readonly [RouteName, RegExp]> = [
  ['browse', /^\/$/],
  ['track', /^\/tracks\/(?<id>[^/]+)$/],
  ['upload', /^\/upload$/],
  ['playlists', /^\/playlists$/],
  ['playlist', /^\/playlists\/(?<id>[^/]+)$/],
  ['favourites', /^\/favourites$/],
  ['history', /^\/history$/],
  ['profile', /^\/profile$/],
  ['signIn', /^\/signin$/],
  ['signUp', /^\/signup$/],
  ['confirm', /^\/confirm$/],
  ['forgot', /^\/forgot$/],
];

/** Matches a pathname against the route table (a trailing slash is ignored). */
export function matchRoute(pathname: string): RouteMatch {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const [name, pattern] of table) {
    const match = pattern.exec(path);
    if (match) {
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(match.groups ?? {})) params[key] = decodeURIComponent(value);
      return { name, params };
    }
  }
  return { name: 'notFound', params: {} };
}

/** Routes a signed-out visitor may see. */
export function isAuthRoute(name: RouteName): boolean {
  return name === 'signIn' || name === 'signUp' || name === 'confirm' || name === 'forgot';
}
