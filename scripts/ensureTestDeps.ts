import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { assertJava } from '../infra/local/javaCheck.ts';

/**
 * `npm test` (pretest) needs two things npm cannot install: Java 17+ for DynamoDB Local and Debian's
 * Chromium for the browser tests. Present: nothing happens. Missing on a Debian machine where we
 * are root: installed with apt-get. Otherwise: say exactly what to install, and stop.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const missing: string[] = [];
if (
  !(await assertJava().then(
    () => true,
    () => false,
  ))
)
  missing.push('openjdk-17-jre-headless');
if (!existsSync(chromiumPath)) missing.push('chromium');

if (missing.length > 0) {
  const canApt =
    process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!canApt) {
    console.error(
      `npm test needs ${missing.join(' and ')}. On Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')} ` +
        '(elsewhere: Java 17+ on the PATH, and Chromium with CHROMIUM_PATH pointing at it).',
    );
    process.exit(1);
  }
  console.error(`Installing ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update'],
    ['install', '-y', '--no-install-recommends', ...missing, 'fonts-liberation'],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
