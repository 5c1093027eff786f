import { GraphiQL } from 'graphiql';
import { type ComponentProps, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type CognitoTarget, type ExplorerSession, refresh, signIn } from './cognitoSignIn.ts';
import { exampleOperations } from './exampleOperations.ts';
import { SignInBar } from './SignInBar.tsx';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

export interface ExplorerProps {
  readonly graphqlUrl: string;
  readonly cognito: CognitoTarget;
}

const storageKey = 'tunehub.explorer.session';

/** The session kept in sessionStorage (so a reload stays signed in), if it is still well-formed. */
const storedSession = (): ExplorerSession | undefined => {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const field = (name: string): unknown => Reflect.get(parsed, name);
    const [email, idToken, refreshToken, expiresAt] = ['email', 'idToken', 'refreshToken', 'expiresAt'].map(
      field,
    );
    return typeof email === 'string' &&
      typeof idToken === 'string' &&
      typeof refreshToken === 'string' &&
      typeof expiresAt === 'number'
      ? { email, idToken, refreshToken, expiresAt }
      : undefined;
  } catch {
    return undefined;
  }
};

/** GraphiQL against the local gateway, with every request signed by the current Cognito session. */
export const Explorer = ({ graphqlUrl, cognito }: ExplorerProps) => {
  const [session, setSession] = useState<ExplorerSession | undefined>(storedSession);
  const sessionRef = useRef(session);
  useEffect(() => {
    sessionRef.current = session;
    if (session) sessionStorage.setItem(storageKey, JSON.stringify(session));
    else sessionStorage.removeItem(storageKey);
  }, [session]);

  const currentToken = useCallback(async (): Promise<string | undefined> => {
    let s = sessionRef.current;
    // Refresh a minute early so a request never leaves with a token about to expire.
    if (s && s.expiresAt - Date.now() < 60_000) {
      s = await refresh(cognito, s).catch(() => undefined);
      sessionRef.current = s;
      setSession(s);
    }
    return s?.idToken;
  }, [cognito]);

  // A new fetcher per session makes GraphiQL fetch the schema again (introspection needs a token).
  const fetcher: Fetcher = useMemo(
    () => async (params) => {
      const token = session ? await currentToken() : undefined;
      // Without a token the gateway can only answer 401; say what to do instead.
      if (!token)
        return { errors: [{ message: 'Sign in first (top bar): every operation needs a signed-in user.' }] };
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: token },
        body: JSON.stringify(params),
      });
      return response.json();
    },
    [graphqlUrl, session, currentToken],
  );

  return (
    <div className="tunehub-explorer">
      <SignInBar
        session={session}
        onSignIn={async (email, password) => setSession(await signIn(cognito, email, password))}
        onSignOut={() => setSession(undefined)}
      />
      <div className="tunehub-graphiql">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={exampleOperations.map((op) => ({ ...op }))}
          defaultEditorToolsVisibility="variables"
        />
      </div>
    </div>
  );
};
