import { spawn } from 'node:child_process';

export interface OrphanGuard {
  /** Call after the children were stopped normally: ends the guard without touching them. */
  release(): void;
}

/**
 * A tiny `sh` that holds a pipe from this process and, when the pipe closes because this process died
 * without cleaning up (SIGKILL, a crash), sends SIGTERM to the given children, so no Java or
 * cognito-local outlives `npm start`. It ignores SIGINT: Ctrl-C is handled by the normal shutdown.
 */
export const guardOrphans = (pids: readonly number[]): OrphanGuard => {
  const guard = spawn(
    'sh',
    ['-c', 'trap "" INT; read _; kill -TERM "$@" 2>/dev/null', 'orphan-guard', ...pids.map(String)],
    {
      stdio: ['pipe', 'ignore', 'ignore'],
    },
  );
  guard.on('error', () => undefined); // no sh: the stack still runs, just without this safety net
  guard.stdin?.on('error', () => undefined);
  // Not keeping the event loop alive: the guard must never hold `npm start` open by itself.
  guard.unref();
  const stdin = guard.stdin;
  if (stdin && 'unref' in stdin && typeof stdin.unref === 'function') stdin.unref();
  return {
    release() {
      guard.kill('SIGKILL');
    },
  };
};
