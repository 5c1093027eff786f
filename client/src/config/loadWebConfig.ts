import { parseWebConfig } from './parseWebConfig.ts';
import type { WebConfig } from './WebConfig.ts';

/**
 * Fetches `/config.json` from the app's own origin (never cached: a redeploy may change it).
 * @throws Error when the request fails or the file is malformed.
 */
export async function loadWebConfig(): Promise<WebConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not load /config.json (HTTP ${response.status})`);
  return parseWebConfig(await response.json());
}
