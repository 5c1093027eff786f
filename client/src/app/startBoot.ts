import type { AuthApi } from '../auth/AuthApi.ts';
import { loadWebConfig } from '../config/loadWebConfig.ts';
import type { WebConfig } from '../config/WebConfig.ts';

/** What the app needs before it can decide between the sign-in pages and the library. */
export interface Boot {
  readonly config: WebConfig;
  readonly auth: AuthApi;
}

/**
 * Loads `/config.json` and the Amplify auth chunk in parallel, then configures Amplify. Starts fetching
 * the signed-in app's chunk as well when Amplify has tokens stored, so a returning user waits once.
 */
export function startBoot(): Promise<Boot> {
  const authModule = import('../auth/cognitoAuth.ts');
  const hasStoredTokens = Object.keys(window.localStorage).some(
    (key) => key.startsWith('CognitoIdentityServiceProvider.') && key.endsWith('.LastAuthUser'),
  );
  if (hasStoredTokens) void import('./SignedInApp.tsx');
  return Promise.all([loadWebConfig(), authModule]).then(([config, module]) => ({
    config,
    auth: module.createCognitoAuth(config),
  }));
}
