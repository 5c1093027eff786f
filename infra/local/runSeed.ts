import { readOutputs } from './localOutputs.ts';
import { parseStartOptions } from './startOptions.ts';
import { progressBar } from './seed/progressBar.ts';
import { seedDemoData } from './seed/seedDemoData.ts';

/**
 * `npm run seed`: (re)creates the demo data through the API of the stack `npm start` is running,
 * found via its outputs.json. Idempotent: existing users, tracks and playlists are kept.
 */
const main = async (): Promise<void> => {
  const { dataDir } = parseStartOptions(process.argv.slice(2));
  const outputs = await readOutputs(dataDir).catch(() => {
    throw new Error(`no ${dataDir}/outputs.json: start the stack first (npm start), then run npm run seed`);
  });
  const health = await fetch(outputs.GraphQLUrl, { method: 'POST' }).catch(() => undefined);
  if (!health) throw new Error(`nothing answers at ${outputs.GraphQLUrl}: is npm start running?`);
  const result = await seedDemoData(outputs, progressBar());
  console.log(
    `Demo data ready: ${result.tracksCreated} tracks and ${result.playlistsCreated} playlists created.`,
  );
};

main().catch((err: unknown) => {
  console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
