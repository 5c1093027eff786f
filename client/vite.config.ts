import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const gatewayPort = process.env.GATEWAY_PORT ?? '4000';

/**
 * Vite config for the web client (root `client/`). `/config.json` is proxied to the local gateway so the
 * app always reads its runtime config from its own origin, as it does behind CloudFront in production.
 */
export default defineConfig({
  root,
  plugins: [react()],
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: true,
    proxy: { '/config.json': { target: `http://localhost:${gatewayPort}`, changeOrigin: true } },
  },
  preview: {
    proxy: { '/config.json': { target: `http://localhost:${gatewayPort}`, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
