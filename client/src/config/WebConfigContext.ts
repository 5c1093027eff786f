import { createContext } from 'react';
import type { WebConfig } from './WebConfig.ts';

/** The runtime config, provided once it has loaded. */
export const WebConfigContext = createContext<WebConfig | null>(null);
