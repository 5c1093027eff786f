import { useContext } from 'react';
import type { WebConfig } from './WebConfig.ts';
import { WebConfigContext } from './WebConfigContext.ts';

/**
 * The runtime config from `/config.json`.
 * @throws Error when used outside the provider.
 */
export function useWebConfig(): WebConfig {
  const config = useContext(WebConfigContext);
  if (!config) throw new Error('useWebConfig must be used inside WebConfigContext');
  return config;
}
