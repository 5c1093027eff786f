import { spawn } from 'node:child_process';

/** DynamoDB Local 2.x needs Java 17 or newer. */
export const minimumJavaVersion = 17;

const installHint =
  'Install a Java runtime, e.g. `sudo apt-get install openjdk-17-jre-headless` (Debian/Ubuntu) ' +
  'or `brew install openjdk@17` (macOS), then run `npm start` again.';

export class JavaMissingError extends Error {
  constructor(detail: string) {
    super(`cannot start DynamoDB Local: ${detail}. ${installHint}`);
    this.name = 'JavaMissingError';
  }
}

/** The major version from `java -version` output (`"17.0.15"` → 17, legacy `"1.8.0"` → 8). */
export const parseJavaMajor = (versionOutput: string): number | undefined => {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
};

/** Resolves with the Java major version, or throws JavaMissingError with how to install it. */
export const assertJava = (): Promise<number> =>
  new Promise((resolve, reject) => {
    let output = '';
    const child = spawn('java', ['-version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.once('error', () => reject(new JavaMissingError('`java` was not found on the PATH')));
    child.once('close', () => {
      const major = parseJavaMajor(output);
      if (major === undefined) reject(new JavaMissingError('`java -version` printed no version'));
      else if (major < minimumJavaVersion)
        reject(new JavaMissingError(`Java ${major} found, ${minimumJavaVersion} or newer is needed`));
      else resolve(major);
    });
  });
