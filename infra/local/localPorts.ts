import net from 'node:net';

/** The ports of the local stack (DESIGN §6), each overridable by an env var of the same name. */
export interface LocalPorts {
  readonly GATEWAY_PORT: number;
  readonly DYNAMODB_PORT: number;
  readonly COGNITO_PORT: number;
  readonly S3_PORT: number;
  readonly WEB_PORT: number;
}

export const defaultPorts: LocalPorts = {
  GATEWAY_PORT: 4000,
  DYNAMODB_PORT: 8000,
  COGNITO_PORT: 9229,
  S3_PORT: 4569,
  WEB_PORT: 5173,
};

/** Reads the ports from the environment; a value that is not a port is an error, not silently ignored. */
export const portsFromEnv = (env: NodeJS.ProcessEnv = process.env): LocalPorts => {
  const read = (name: keyof LocalPorts): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return defaultPorts[name];
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`${name}=${raw} is not a port number (1-65535)`);
    }
    return port;
  };
  return {
    GATEWAY_PORT: read('GATEWAY_PORT'),
    DYNAMODB_PORT: read('DYNAMODB_PORT'),
    COGNITO_PORT: read('COGNITO_PORT'),
    S3_PORT: read('S3_PORT'),
    WEB_PORT: read('WEB_PORT'),
  };
};

/** Thrown before anything starts when a port is already taken, so nothing is left half-started. */
export class PortInUseError extends Error {
  constructor(readonly taken: readonly string[]) {
    super(
      `cannot start: ${taken.join(', ')} already in use. Stop whatever uses ${taken.length > 1 ? 'them' : 'it'} ` +
        `(is another \`npm start\` running?) or choose other ports, e.g. ${taken[0]?.split('=')[0] ?? 'GATEWAY_PORT'}=14000 npm start`,
    );
    this.name = 'PortInUseError';
  }
}

const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    // The services bind 127.0.0.1, so that is where a clash matters.
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });

/** Throws a PortInUseError naming every taken port (not just the first). */
export const assertPortsFree = async (ports: Partial<LocalPorts>): Promise<void> => {
  const entries = Object.entries(ports).filter((e): e is [string, number] => typeof e[1] === 'number');
  const results = await Promise.all(
    entries.map(async ([name, port]) => [name, port, await isFree(port)] as const),
  );
  const taken = results.filter(([, , free]) => !free).map(([name, port]) => `${name}=${port}`);
  if (taken.length > 0) throw new PortInUseError(taken);
};
