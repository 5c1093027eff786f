import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalPorts } from '../../../infra/local/localPorts.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export interface Cli {
  readonly child: ChildProcessWithoutNullStreams;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Resolves once the output matches, or rejects when the process exits first or time runs out. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Runs `npm start`'s entry point as a real process (what `npm start -- <args>` runs). */
export const startCli = (args: readonly string[], ports: LocalPorts, env: NodeJS.ProcessEnv = {}): Cli => {
  const portEnv = Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)]));
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--no-web', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...portEnv, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const l of listeners) l();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(out)) {
            cleanup();
            resolve();
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${pattern} after ${timeoutMs} ms; output:\n${out}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        exited.then((code) => {
          if (!pattern.test(out)) {
            cleanup();
            reject(new Error(`exited (${code}) before ${pattern}; output:\n${out}`));
          }
        });
        check();
      }),
  };
};

/** Direct children of `pid` with their command names, from /proc (Linux). */
export const childProcesses = (pid: number): { pid: number; command: string }[] =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const command = readFileSync(`/proc/${d}/cmdline`, 'utf8').replaceAll('\0', ' ');
        return ppid === pid ? [{ pid: Number(d), command }] : [];
      } catch {
        return []; // gone between readdir and read
      }
    });

/** Whether a process with this pid still exists (zombies count as gone). */
export const isRunning = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};
