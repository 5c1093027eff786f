import { spawnSync } from 'node:child_process';

/**
 * CI guard: regenerates every codegen output and fails when the committed files differ, so a schema
 * or document change cannot land without its generated types.
 */
const generated = ['resolvers/__generated__', 'client/src/gql'];
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });

const codegen = run('npm', ['run', '--silent', 'codegen']);
if (codegen.status !== 0) process.exit(codegen.status ?? 1);
const diff = spawnSync('git', ['status', '--porcelain', '--', ...generated], { encoding: 'utf8' });
if (diff.stdout.trim()) {
  console.error(`Generated files are stale; run \`npm run codegen\` and commit:\n${diff.stdout}`);
  run('git', ['--no-pager', 'diff', '--stat', '--', ...generated]);
  process.exit(1);
}
console.log('codegen output is current');
