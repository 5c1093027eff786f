import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RunningWeb {
  readonly url: string;
  stop(): Promise<void>;
}

const devServerPath = path.resolve(import.meta.dirname, '../../client/devServer.ts');

/**
 * Starts the web client's Vite dev server (client/devServer.ts, owned by the client) when the client
 * exists; undefined otherwise, so the stack runs before the client does.
 */
export const startWeb = async (port: number, gatewayUrl: string): Promise<RunningWeb | undefined> => {
  const present = await access(devServerPath).then(
    () => true,
    () => false,
  );
  if (!present) return undefined;
  const mod: unknown = await import(pathToFileURL(devServerPath).href);
  const start = typeof mod === 'object' && mod !== null ? Reflect.get(mod, 'startWebDevServer') : undefined;
  if (typeof start !== 'function') throw new Error(`${devServerPath} does not export startWebDevServer`);
  const server: unknown = await start({ port, gatewayUrl });
  const url = Reflect.get(Object(server), 'url');
  const close = Reflect.get(Object(server), 'close');
  if (typeof close !== 'function') throw new Error('startWebDevServer returned no close()');
  return {
    url: typeof url === 'string' ? url : `http://localhost:${port}/`,
    stop: async () => {
      await close.call(server);
    },
  };
};
