import { banner } from './banner.ts';
import { JavaMissingError } from './javaCheck.ts';
import { type LocalStack, startLocalStack } from './localStack.ts';
import { PortInUseError, portsFromEnv } from './localPorts.ts';
import { demoUsers } from './seed/demoUsers.ts';
import { progressBar } from './seed/progressBar.ts';
import { parseStartOptions, usage } from './startOptions.ts';

/** `npm start`: the whole app on this machine, in the foreground, until Ctrl-C. */
const main = async (): Promise<void> => {
  // Our machines run Node 20 by design (Lambda runs 22); the SDK's "use Node 22" notice on every
  // start says nothing the user can act on. Set before any SDK client is constructed.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const options = parseStartOptions(process.argv.slice(2));
  if (options.help) {
    console.log(usage);
    return;
  }
  const log = (line: string) => console.log(line);
  let stack: LocalStack | undefined;
  let stopping: Promise<void> | undefined;
  const shutdown = (code: number) => {
    if (stopping) {
      // A second Ctrl-C: do not wait any longer; the exit hook still kills the emulators.
      process.exit(1);
    }
    console.log('\nStopping Tunehub…');
    stopping = (stack?.stop() ?? Promise.resolve()).finally(() => process.exit(code));
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  process.on('SIGHUP', () => shutdown(0));
  // `npm start` runs us under `sh -c`, which does not pass a SIGTERM sent to npm on; when our parent
  // goes away we are re-parented, and we stop rather than keep the emulators running as orphans.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && shutdown(0), 1000).unref();
  console.log(`Starting Tunehub locally${options.inMemory ? ' (in memory)' : ''}…`);
  stack = await startLocalStack({
    dataDir: options.dataDir,
    inMemory: options.inMemory,
    ports: portsFromEnv(),
    seed: options.seed ? 'auto' : 'never',
    web: options.web,
    log,
    seedProgress: progressBar(),
    onCode: ({ destination, code }) => {
      // The seed confirms its demo users itself; only real sign-ups need the code.
      if (!demoUsers.some((u) => u.email === destination))
        console.log(`✉  Confirmation code for ${destination}: ${code}  (cognito-local sends no email)`);
    },
    onServiceExit: (message) => {
      console.error(`${message}; stopping everything.`);
      shutdown(1);
    },
  });
  if (stopping) return;
  console.log(banner(stack, options.dataDir, options.inMemory, options.web));
};

main().catch((err: unknown) => {
  // Expected failures get their message only; anything else keeps the stack for a bug report.
  const known = err instanceof PortInUseError || err instanceof JavaMissingError;
  console.error(
    `\n✖ ${known || !(err instanceof Error) ? String(err instanceof Error ? err.message : err) : (err.stack ?? err.message)}`,
  );
  process.exit(1);
});
