import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { waitForPort } from './dynamodbLocal.ts';

export interface CognitoLocalOptions {
  readonly port: number;
  /** cognito-local keeps its pools and users under `<dataDir>/.cognito`. */
  readonly dataDir: string;
  /** Called with every sign-up / forgot-password code cognito-local "emails" (it prints them). */
  readonly onCode?: (code: ConfirmationCode) => void;
  /** Called as soon as the process is spawned, before it is ready. */
  readonly onSpawn?: (child: ChildProcess) => void;
}

export interface ConfirmationCode {
  readonly destination: string;
  readonly code: string;
}

export interface RunningCognitoLocal {
  /** Where SDK clients and the browser send Cognito requests (`http://localhost:<port>`). */
  readonly endpoint: string;
  /** `iss` of every token: cognito-local puts `<IssuerDomain>/<poolId>` there. */
  issuer(userPoolId: string): string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Picks "Destination: …" / "Code: …" pairs out of cognito-local's log. It has no email sender: it
 * prints each code in a box, and this is how the banner and the tests learn them.
 */
export const codeWatcher = (onCode: (code: ConfirmationCode) => void): ((chunk: string) => void) => {
  let destination: string | undefined;
  let pending = '';
  return (chunk) => {
    pending += chunk.replace(ansi, '');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const dest = /Destination:\s+(\S+)/.exec(line);
      if (dest?.[1]) destination = dest[1];
      const code = /Code:\s+(\S+)/.exec(line);
      if (code?.[1] && destination) {
        onCode({ destination, code: code[1] });
        destination = undefined;
      }
    }
  };
};

const binPath = (): string => {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('cognito-local/package.json')), 'lib', 'bin', 'start.js');
};

/**
 * Starts cognito-local as a child process. Its data dir is its cwd (`.cognito/` there); the config
 * written there binds 127.0.0.1 but issues tokens for `http://localhost:<port>`, the URL the browser uses.
 */
export const startCognitoLocal = async (options: CognitoLocalOptions): Promise<RunningCognitoLocal> => {
  const issuerDomain = `http://localhost:${options.port}`;
  await mkdir(path.join(options.dataDir, '.cognito'), { recursive: true });
  await writeFile(
    path.join(options.dataDir, '.cognito', 'config.json'),
    JSON.stringify(
      {
        ServerConfig: { hostname: '127.0.0.1', port: options.port },
        TokenConfig: { IssuerDomain: issuerDomain },
      },
      null,
      2,
    ),
  );
  const child = spawn(process.execPath, [binPath()], {
    cwd: options.dataDir,
    env: { ...process.env, PORT: String(options.port), HOST: '127.0.0.1', DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a terminal's Ctrl-C must not kill it mid-write of its JSON files; the
    // stack stops it in order (and the orphan guard covers a hard kill of the stack).
    detached: true,
  });
  options.onSpawn?.(child);
  let log = '';
  const watch = options.onCode ? codeWatcher(options.onCode) : undefined;
  const onOutput = (chunk: Buffer): void => {
    const text = chunk.toString();
    log = (log + text).slice(-4000);
    watch?.(text);
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (err) => reject(new Error(`cannot start cognito-local: ${err.message}`)));
    child.once('exit', (code) =>
      reject(new Error(`cognito-local exited with ${code}: ${log.replace(ansi, '')}`)),
    );
  });
  failed.catch(() => undefined);
  try {
    await Promise.race([waitForPort(options.port, 60_000), failed]);
  } catch (err) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    throw err;
  }
  return {
    endpoint: issuerDomain,
    issuer: (userPoolId) => `${issuerDomain}/${userPoolId}`,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
};
