import { useMemo } from 'react';
import { Provider } from 'urql';
import { useSession } from '../auth/useSession.ts';
import { useAuth } from '../auth/useAuth.ts';
import { useWebConfig } from '../config/useWebConfig.ts';
import { PlayerProvider } from '../features/player/PlayerProvider.tsx';
import { AddToPlaylistProvider } from '../features/playlists/AddToPlaylistProvider.tsx';
import { createUrqlClient } from '../graphql/createUrqlClient.ts';
import { Layout } from './Layout.tsx';
import { matchRoute } from './matchRoute.ts';
import { SignedInRoutes } from './SignedInRoutes.tsx';
import { useLocation } from './useLocation.ts';

/** The signed-in app: one GraphQL client per user, the player, the layout and the routed page. */
export function SignedInApp() {
  const config = useWebConfig();
  const { api, signOut } = useAuth();
  const session = useSession();
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new client (and cache) per user, not per token refresh.
  const client = useMemo(
    () =>
      createUrqlClient(config.graphqlUrl, {
        session,
        refresh: () => api.currentSession(true),
        onRefreshFailed: () => void signOut(),
      }),
    [config.graphqlUrl, session.userId, api, signOut],
  );
  return (
    <Provider value={client}>
      <PlayerProvider>
        <AddToPlaylistProvider>
          <Layout route={route.name}>
            <SignedInRoutes route={route} />
          </Layout>
        </AddToPlaylistProvider>
      </PlayerProvider>
    </Provider>
  );
}
