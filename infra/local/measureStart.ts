import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './dynamodbLocal.ts';

/** Resident memory (bytes) of `root` and all its descendants, read from /proc (Linux). */
export const treeRss = (root: number): number => {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parents.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${d}/status`, 'utf8'))?.[1];
      rss.set(Number(d), Number(kb ?? 0) * 1024);
    } catch {
      // the process ended between readdir and read
    }
  }
  let total = 0;
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    total += rss.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) queue.push(child);
  }
  return total;
};

interface Run {
  readonly readyMs: number;
  readonly peakRssMb: number;
  readonly stopMs: number;
}

/** Runs `npm start`'s entry point until its banner, sampling the tree's RSS, then stops it with SIGINT. */
const measure = async (args: string[], env: NodeJS.ProcessEnv): Promise<Run> => {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--no-web', ...args], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(child.pid ?? -1));
  }, 100);
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const readyMs = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('Tunehub is running locally')) resolve(performance.now() - started);
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    exited.then(() => reject(new Error(`npm start exited before it was ready:\n${out}`)));
  });
  await new Promise((r) => setTimeout(r, 1000)); // settle: the peak often comes right after ready
  const stopStarted = performance.now();
  child.kill('SIGINT');
  await exited;
  clearInterval(sampler);
  return {
    readyMs: Math.round(readyMs),
    peakRssMb: Math.round(peak / 1024 / 1024),
    stopMs: Math.round(performance.now() - stopStarted),
  };
};

/**
 * `node --import tsx infra/local/measureStart.ts`: time from `npm start` to its banner and the peak
 * RSS of the whole process tree (node, Java, cognito-local, esbuild), for a first start that seeds,
 * a restart on the same data, and an in-memory start without seed. Free ports, temp data dir.
 */
const main = async (): Promise<void> => {
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['GATEWAY_PORT', 'DYNAMODB_PORT', 'COGNITO_PORT', 'S3_PORT', 'WEB_PORT'])
    env[name] = String(await freePort());
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tunehub-measure-'));
  try {
    const results = {
      firstStartWithSeed: await measure(['--data-dir', dataDir], env),
      restartSameData: await measure(['--data-dir', dataDir], env),
      inMemoryNoSeed: await measure(['--in-memory', '--no-seed', '--data-dir', dataDir], env),
    };
    console.table(results);
    console.log(JSON.stringify({ cpus: os.cpus().length, loadavg: os.loadavg(), ...results }));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
};

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) await main();
