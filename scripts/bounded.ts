/**
 * A child process with a hard time limit: it runs in its own process group, and when the limit passes the
 * whole group is killed (SIGTERM, then SIGKILL after a grace period) — Jest's workers, a host a suite left
 * open, apt-get's dpkg — so whatever hangs, the caller goes on. Ctrl-C / SIGTERM of the caller is passed on.
 */
import { spawn, type SpawnOptions } from 'node:child_process';

export interface BoundedResult {
  /** Exit code, or null when killed by a signal. */
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  ms: number;
}

export interface BoundedOptions extends Pick<SpawnOptions, 'cwd' | 'env' | 'stdio'> {
  timeoutMs: number;
  /** Between SIGTERM and SIGKILL of the group. */
  graceMs?: number;
  /** Called once when the limit passes, before the group is killed. */
  onTimeout?: () => void;
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

export function runBounded(command: string, args: string[], opts: BoundedOptions): Promise<BoundedResult> {
  const started = Date.now();
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: opts.stdio ?? 'inherit', detached: true });
  return new Promise((resolve) => {
    let timedOut = false;
    let hardKill: NodeJS.Timeout | undefined;
    const forward = (signal: NodeJS.Signals) => () => child.pid && killGroup(child.pid, signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const timer = setTimeout(() => {
      timedOut = true;
      opts.onTimeout?.();
      if (!child.pid) return;
      killGroup(child.pid, 'SIGTERM');
      hardKill = setTimeout(() => child.pid && killGroup(child.pid, 'SIGKILL'), opts.graceMs ?? 5_000);
    }, opts.timeoutMs);
    let finished = false;
    const done = (status: number | null, signal: NodeJS.Signals | null) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      // The leader is gone; anything it left in its group goes too (a grandchild holding the terminal, a host).
      if (child.pid) killGroup(child.pid, 'SIGKILL');
      if (hardKill) clearTimeout(hardKill);
      resolve({ status, signal, timedOut, ms: Date.now() - started });
    };
    child.once('error', () => done(127, null));
    child.once('exit', (status, signal) => done(status, signal));
  });
}
