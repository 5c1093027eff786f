import { StrictMode, Suspense, use } from 'react';
import { AuthProvider } from '../auth/AuthProvider.tsx';
import { WebConfigContext } from '../config/WebConfigContext.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { Splash } from '../ui/Splash.tsx';
import { AuthGate } from './AuthGate.tsx';
import type { Boot } from './startBoot.ts';

function Booted({ boot }: { boot: Promise<Boot> }) {
  const { auth, config } = use(boot);
  return (
    <WebConfigContext value={config}>
      <AuthProvider api={auth}>
        <AuthGate />
      </AuthProvider>
    </WebConfigContext>
  );
}

/** The root: waits for the runtime config and auth, then shows the sign-in pages or the library. */
export function App({ boot }: { boot: Promise<Boot> }) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <Suspense fallback={<Splash />}>
          <Booted boot={boot} />
        </Suspense>
      </ErrorBoundary>
    </StrictMode>
  );
}
