import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runApiBench } from './api.ts';
import { runLambdaBench } from './lambda.ts';
import { runWebBench } from './web.ts';

/**
 * `npm run bench`: every DESIGN §5 figure, measured in this run, printed as a table and written to
 * bench/results.json (a flat object of numbers). Ratios are medians measured side by side.
 */
const targets: Record<string, string> = {
  'latency.playlistPage50.ratio': '≤ 1.3',
  'lambda.bundleBytes': '≤ 1,000,000',
  'lambda.coldStart.ratio': '≤ 1.3',
  'web.entryGzipBytes': '≤ 153,600',
};

// Node 20 is the machines' version by design; keep the SDK's Node 22 notice out of the figures.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const results: Record<string, number> = {};
for (const [name, bench] of [
  ['api', runApiBench],
  ['lambda', runLambdaBench],
  ['web', runWebBench],
] as const) {
  process.stderr.write(`bench: ${name}…\n`);
  Object.assign(results, await bench());
}

const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
const width = Math.max(...Object.keys(sorted).map((k) => k.length));
for (const [key, value] of Object.entries(sorted)) {
  console.log(`${key.padEnd(width)}  ${String(value).padStart(12)}  ${targets[key] ?? ''}`);
}
writeFileSync(
  fileURLToPath(new URL('./results.json', import.meta.url)),
  `${JSON.stringify(sorted, null, 2)}\n`,
);
