import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (index.js) and ESM (index.mjs) builds. Node loads the CommonJS one for
// Apollo and graphql-tools; Vite would hand our own files the ESM one, and graphql-js refuses to
// mix two instances. Point every `import 'graphql'` at the build Node itself uses.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');

/**
 * One `npm test` runs every project. Each project names the services it needs in its setup:
 * - unit: pure logic beside the code, no services.
 * - integration: DynamoDB Local (and s3rver in-process) through the real Lambda handler.
 * - infra: the synthesized CDK template and the bundled Lambda.
 * - local: the whole local stack started as `npm start` starts it, driven over HTTP.
 * - e2e: a real Chromium against the local stack and the web client.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    // Node 20 is the machines' version by design; the SDK's notice about Node 22 is noise in test logs.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'resolvers/**/*.test.ts',
            'infra/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          include: ['client/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/dynamoGlobalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['tests/infra/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'local',
          include: ['tests/local/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['client/e2e/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
