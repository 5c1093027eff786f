import path from 'node:path';

/** What `npm start -- <flags>` asked for. */
export interface StartOptions {
  readonly inMemory: boolean;
  readonly seed: boolean;
  readonly web: boolean;
  readonly dataDir: string;
  readonly help: boolean;
}

export const usage = `Usage: npm start [-- options]

  --in-memory       keep no data: DynamoDB Local -inMemory, cognito-local and s3rver in a temp dir
  --no-seed         do not create the demo users and tracks on a first start
  --no-web          do not start the web client's dev server
  --data-dir <dir>  where data and outputs.json live (default .tunehub)

Ports (env): GATEWAY_PORT 4000, DYNAMODB_PORT 8000, COGNITO_PORT 9229, S3_PORT 4569, WEB_PORT 5173`;

/** Parses the flags; unknown flags are an error rather than silently ignored. */
export const parseStartOptions = (argv: readonly string[], cwd = process.cwd()): StartOptions => {
  let inMemory = false;
  let seed = true;
  let web = true;
  let help = false;
  let dataDir = path.join(cwd, '.tunehub');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--in-memory') inMemory = true;
    else if (arg === '--no-seed') seed = false;
    else if (arg === '--no-web') web = false;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--data-dir' && argv[i + 1]) {
      dataDir = path.resolve(cwd, argv[i + 1] ?? '');
      i += 1;
    } else throw new Error(`unknown option ${arg}\n\n${usage}`);
  }
  return { inMemory, seed, web, dataDir, help };
};
