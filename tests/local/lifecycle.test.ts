import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalOutputs, readOutputs } from '../../infra/local/localOutputs.ts';
import type { LocalPorts } from '../../infra/local/localPorts.ts';
import { signInIdToken } from '../../infra/local/seed/cognitoUsers.ts';
import { demoUsers } from '../../infra/local/seed/demoUsers.ts';
import { at, graphqlRequest, list, str } from '../../infra/local/seed/graphqlClient.ts';
import { localCognitoClient } from '../../infra/local/userPool.ts';
import { type Cli, childProcesses, isRunning, startCli } from './support/cliProcess.ts';
import { freePorts } from './support/testStack.ts';

const ready = /Tunehub is running locally/;
let dataDir: string;
let ports: LocalPorts;
let running: Cli | undefined;

/** What the demo listener sees: counts of tracks, playlists, favourites and plays. */
const listenerView = async (outputs: LocalOutputs) => {
  const listener = demoUsers.find((u) => u.key === 'listener');
  if (!listener) throw new Error('no demo listener');
  const cognito = localCognitoClient(outputs.CognitoEndpoint);
  const token = await signInIdToken(
    cognito,
    { userPoolId: outputs.UserPoolId, clientId: outputs.UserPoolClientId },
    listener.email,
    listener.password,
  );
  cognito.destroy();
  const data = await graphqlRequest(
    outputs.GraphQLUrl,
    token,
    `query { tracks(first: 100) { edges { node { genre streamUrl } } }
      myPlaylists(first: 10) { edges { node { name trackCount } } }
      myFavourites(first: 100) { edges { node { favouritedAt } } }
      myHistory(first: 100) { edges { node { id } } } }`,
  );
  const tracks = list(at(data, 'tracks', 'edges'));
  return {
    tracks: tracks.length,
    genres: new Set(tracks.map((e) => at(e, 'node', 'genre'))).size,
    playlists: list(at(data, 'myPlaylists', 'edges'))
      .map((e) => Number(at(e, 'node', 'trackCount')))
      .sort((a, b) => a - b),
    favourites: list(at(data, 'myFavourites', 'edges')).length,
    plays: list(at(data, 'myHistory', 'edges')).length,
    firstStreamUrl: str(at(tracks[0], 'node', 'streamUrl')),
  };
};

/** Stops the CLI as Ctrl-C / a service manager does and checks it leaves no emulator behind. */
const stopAndCheck = async (cli: Cli, signal: NodeJS.Signals) => {
  const children = childProcesses(cli.child.pid ?? -1);
  expect(children.some((c) => c.command.startsWith('java '))).toBe(true);
  expect(children.some((c) => c.command.includes('cognito-local'))).toBe(true);
  cli.child.kill(signal);
  expect(await cli.exited).toBe(0);
  running = undefined;
  // Java and cognito-local are awaited before exit; helpers (esbuild's service, the guard) may take a beat.
  for (let i = 0; i < 50 && children.some((c) => isRunning(c.pid)); i++) await sleep(100);
  for (const c of children) expect({ ...c, running: isRunning(c.pid) }).toEqual({ ...c, running: false });
};

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tunehub-lifecycle-'));
  ports = await freePorts();
});

afterAll(async () => {
  // Only after a failed test: stop it gracefully, and make sure nothing it started survives.
  if (running) {
    const children = childProcesses(running.child.pid ?? -1);
    running.child.kill('SIGTERM');
    const stopped = await Promise.race([running.exited.then(() => true), sleep(20_000).then(() => false)]);
    if (!stopped) running.child.kill('SIGKILL');
    for (const c of children) if (isRunning(c.pid)) process.kill(c.pid, 'SIGKILL');
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('starts from nothing, seeds the demo data through the API, and stops every child on SIGTERM', async () => {
    const cli = startCli(['--data-dir', dataDir], ports);
    running = cli;
    await cli.waitFor(ready, 240_000);
    expect(cli.output()).toContain(`http://localhost:${ports.GATEWAY_PORT}/graphql`);
    for (const u of demoUsers) expect(cli.output()).toContain(`${u.email} / ${u.password}`);
    const outputs = await readOutputs(dataDir);
    expect(outputs).toMatchObject({
      GraphQLUrl: `http://localhost:${ports.GATEWAY_PORT}/graphql`,
      TableName: 'tunehub',
    });
    const view = await listenerView(outputs);
    expect(view).toMatchObject({ tracks: 30, playlists: [6, 8], favourites: 6, plays: 12 });
    expect(view.genres).toBeGreaterThanOrEqual(5);
    const audio = await fetch(view.firstStreamUrl, { headers: { Range: 'bytes=0-11' } });
    expect(Buffer.from(await audio.arrayBuffer()).toString('ascii', 0, 4)).toBe('RIFF');
    await stopAndCheck(cli, 'SIGTERM');
  }, 300_000);

  it('restarts on the same data without seeding again, refuses a second copy, and leaves no orphan even on SIGKILL', async () => {
    const before = JSON.parse(await readFile(path.join(dataDir, 'outputs.json'), 'utf8'));
    const cli = startCli(['--data-dir', dataDir], ports);
    running = cli;
    await cli.waitFor(ready, 120_000);
    const outputs = await readOutputs(dataDir);
    expect(outputs.UserPoolId).toBe(before.UserPoolId);
    expect(outputs.UserPoolClientId).toBe(before.UserPoolClientId);
    expect(await listenerView(outputs)).toMatchObject({
      tracks: 30,
      playlists: [6, 8],
      favourites: 6,
      plays: 12,
    });

    const second = startCli(['--data-dir', dataDir, '--no-seed'], ports);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(
      /GATEWAY_PORT=\d+, DYNAMODB_PORT=\d+, COGNITO_PORT=\d+, S3_PORT=\d+ already in use/,
    );
    // SIGKILL cannot be handled: the orphan guard must take Java and cognito-local down.
    const children = childProcesses(cli.child.pid ?? -1).filter((c) =>
      /^java |cognito-local/.test(c.command),
    );
    expect(children).toHaveLength(2);
    cli.child.kill('SIGKILL');
    await cli.exited;
    running = undefined;
    for (let i = 0; i < 100 && children.some((c) => isRunning(c.pid)); i++) await sleep(100);
    for (const c of children) expect({ ...c, running: isRunning(c.pid) }).toEqual({ ...c, running: false });
  }, 200_000);

  it('refuses to start without Java and says how to install it', async () => {
    // A PATH with node but no java on it.
    const bin = await mkdtemp(path.join(os.tmpdir(), 'tunehub-nojava-'));
    await symlink(process.execPath, path.join(bin, 'node'));
    try {
      const cli = startCli(['--in-memory'], await freePorts(), { PATH: bin });
      expect(await cli.exited).toBe(1);
      expect(cli.output()).toContain('apt-get install openjdk-17-jre-headless');
    } finally {
      await rm(bin, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a port somebody else holds, naming it', async () => {
    const taken = await freePorts();
    const blocker = net.createServer().listen(taken.S3_PORT, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      const cli = startCli(['--in-memory'], taken);
      expect(await cli.exited).toBe(1);
      expect(cli.output()).toContain(`S3_PORT=${taken.S3_PORT} already in use`);
    } finally {
      blocker.close();
    }
  }, 60_000);
});
