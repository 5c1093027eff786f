import { lazy, Suspense } from 'react';
import { EmptyState } from '../ui/EmptyState.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { Spinner } from '../ui/Spinner.tsx';
import { Link } from './Link.tsx';
import type { RouteMatch } from './matchRoute.ts';

// Route-level code splitting: each page is its own chunk, loaded on first visit.
const BrowsePage = lazy(() =>
  import('../features/browse/BrowsePage.tsx').then((m) => ({ default: m.BrowsePage })),
);
const TrackPage = lazy(() =>
  import('../features/track/TrackPage.tsx').then((m) => ({ default: m.TrackPage })),
);
const UploadPage = lazy(() =>
  import('../features/upload/UploadPage.tsx').then((m) => ({ default: m.UploadPage })),
);
const PlaylistsPage = lazy(() =>
  import('../features/playlists/PlaylistsPage.tsx').then((m) => ({ default: m.PlaylistsPage })),
);
const PlaylistPage = lazy(() =>
  import('../features/playlists/PlaylistPage.tsx').then((m) => ({ default: m.PlaylistPage })),
);
const FavouritesPage = lazy(() =>
  import('../features/library/FavouritesPage.tsx').then((m) => ({ default: m.FavouritesPage })),
);
const HistoryPage = lazy(() =>
  import('../features/library/HistoryPage.tsx').then((m) => ({ default: m.HistoryPage })),
);
const ProfilePage = lazy(() =>
  import('../features/profile/ProfilePage.tsx').then((m) => ({ default: m.ProfilePage })),
);

function Page({ route }: { route: RouteMatch }) {
  const id = route.params.id ?? '';
  switch (route.name) {
    case 'browse':
      return <BrowsePage />;
    case 'track':
      return <TrackPage key={id} id={id} />;
    case 'upload':
      return <UploadPage />;
    case 'playlists':
      return <PlaylistsPage />;
    case 'playlist':
      return <PlaylistPage key={id} id={id} />;
    case 'favourites':
      return <FavouritesPage />;
    case 'history':
      return <HistoryPage />;
    case 'profile':
      return <ProfilePage />;
    default:
      return (
        <EmptyState title="Page not found">
          <Link href="/">Go to Browse</Link>
        </EmptyState>
      );
  }
}

/** The page for the current route, each behind its own error boundary and loading state. */
export function SignedInRoutes({ route }: { route: RouteMatch }) {
  return (
    <ErrorBoundary key={route.name}>
      <Suspense fallback={<Spinner />}>
        <Page route={route} />
      </Suspense>
    </ErrorBoundary>
  );
}
