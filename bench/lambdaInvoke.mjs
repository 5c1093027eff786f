// Runs in a fresh Node process, as Lambda's runtime does on a cold start: loads one bundle,
// answers one event, prints what happened as JSON and exits. Plain JavaScript on purpose, so no
// TypeScript loader adds to the measured time. Usage: node lambdaInvoke.mjs <bundle> <event.json>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [bundle, eventFile] = process.argv.slice(2);
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
const context = {
  awsRequestId: event.requestContext.requestId,
  functionName: 'tunehub-bench',
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 10_000,
};

const started = performance.now();
const { handler } = createRequire(import.meta.url)(bundle);
const imported = performance.now();
const result = await handler(event, context);
const answered = performance.now();
process.stdout.write(
  JSON.stringify({
    result,
    importMs: imported - started,
    coldStartMs: answered - started,
    processMs: answered,
  }),
);
// Keep-alive sockets of the SDK would hold the process open; Lambda freezes it instead.
process.exit(0);
