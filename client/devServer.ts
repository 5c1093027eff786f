import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

/** Options for {@link startWebDevServer}. */
export interface WebDevServerOptions {
  /** Port to listen on (the local stack's WEB_PORT). */
  readonly port: number;
  /** Base URL of the local gateway, e.g. `http://localhost:4000`; `/config.json` is proxied to it. */
  readonly gatewayUrl: string;
  /** Host to bind; default `localhost`. */
  readonly host?: string;
}

/** A running dev server and how to stop it. */
export interface WebDevServer {
  /** The URL the app is served at, e.g. `http://localhost:5173/`. */
  readonly url: string;
  /** The underlying Vite server. */
  readonly server: ViteDevServer;
  /** Stops the server and its file watchers. */
  close(): Promise<void>;
}

/**
 * Starts Vite's dev server (hot reload) for the web client, programmatically, so the local stack can
 * run it in its own process. `/config.json` is proxied to `gatewayUrl`.
 */
export async function startWebDevServer(options: WebDevServerOptions): Promise<WebDevServer> {
  const host = options.host ?? 'localhost';
  const server = await createServer({
    configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
    server: {
      port: options.port,
      host,
      strictPort: true,
      proxy: { '/config.json': { target: options.gatewayUrl, changeOrigin: true } },
    },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://${host}:${options.port}/`;
  return { url, server, close: () => server.close() };
}
