import { lazy, Suspense, useEffect } from 'react';
import { useAuth } from '../auth/useAuth.ts';
import { Splash } from '../ui/Splash.tsx';
import { isAuthRoute, matchRoute } from './matchRoute.ts';
import { navigate } from './navigate.ts';
import { useLocation } from './useLocation.ts';

// Lazily loaded halves: signed-out visitors never download the library code, and vice versa.
const LazyAuthRoutes = lazy(() =>
  import('../features/auth/AuthRoutes.tsx').then((m) => ({ default: m.AuthRoutes })),
);
const LazySignedInApp = lazy(() => import('./SignedInApp.tsx').then((m) => ({ default: m.SignedInApp })));

/** Chooses the signed-out or signed-in app, and keeps the address bar consistent with that choice. */
export function AuthGate() {
  const { status } = useAuth();
  const { pathname, href } = useLocation();
  const onAuthRoute = isAuthRoute(matchRoute(pathname).name);

  useEffect(() => {
    if (status === 'signedOut' && !onAuthRoute) {
      const from = href === '/' ? '' : `?from=${encodeURIComponent(href)}`;
      navigate(`/signin${from}`, { replace: true });
    }
    if (status === 'signedIn' && onAuthRoute) navigate('/', { replace: true });
  }, [status, onAuthRoute, href]);

  if (status === 'loading') return <Splash />;
  return (
    <Suspense fallback={<Splash />}>
      {status === 'signedIn' ? <LazySignedInApp /> : <LazyAuthRoutes />}
    </Suspense>
  );
}
