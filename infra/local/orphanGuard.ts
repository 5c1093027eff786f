import { spawn } from 'node:child_process';

export interface OrphanGuard {
  /** Adds a child to take down if this process dies without stopping it. */
  watch(pid: number | undefined): void;
  /** Call after the children were stopped normally: ends the guard without touching them. */
  release(): void;
}

/**
 * A tiny `sh` that reads child pids from a pipe held by this process; when the pipe closes because
 * this process died without cleaning up (SIGKILL, a crash, a kill during start-up), it sends SIGTERM to
 * those children, so no Java or cognito-local outlives `npm start`. It ignores SIGINT: Ctrl-C is
 * handled by the normal shutdown.
 */
export const createOrphanGuard = (): OrphanGuard => {
  const script =
    'trap "" INT; pids=; while read p; do pids="$pids $p"; done; [ -n "$pids" ] && kill -TERM $pids';
  const guard = spawn('sh', ['-c', script, 'tunehub-orphan-guard'], { stdio: ['pipe', 'ignore', 'ignore'] });
  guard.on('error', () => undefined); // no sh: the stack still runs, just without this safety net
  const stdin = guard.stdin;
  stdin?.on('error', () => undefined);
  // Never keep the event loop alive: the guard must not hold `npm start` (or a test) open by itself.
  guard.unref();
  if (stdin && 'unref' in stdin && typeof stdin.unref === 'function') stdin.unref();
  return {
    watch(pid) {
      if (pid !== undefined) stdin?.write(`${pid}\n`);
    },
    release() {
      guard.kill('SIGKILL');
    },
  };
};
