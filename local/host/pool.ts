/**
 * The instances of one function. Like CloudBase, an instance serves ONE request at a time, so a module-level
 * variable in a function never sees two callers at once. Requests queue when every instance is busy; a call
 * that outlives its time limit gets its instance terminated; an instance that crashes (uncaught error, exit) or
 * whose main throws is replaced. The pool never lets a failure escape as an exception: every call resolves.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { CallContext } from './context';

export type CallOutcome =
  { ok: true; result: unknown } | { ok: false; reason: 'threw' | 'crashed' | 'timeout' | 'closed' | 'rejected' | 'busy'; detail?: string };

export interface PoolOptions {
  name: string;
  /** The built function's index.js. */
  file: string;
  /** The instance's whole process.env. */
  env: Record<string, string>;
  maxInstances: number;
  /** Calls that may wait for an instance; past this a call is turned away at once (a flood cannot fill memory). */
  maxQueued?: number;
}

interface Pending {
  event: unknown;
  context: CallContext;
  resolve: (o: CallOutcome) => void;
}

interface Instance {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  current?: { id: number; limit: number; timer: NodeJS.Timeout; resolve: (o: CallOutcome) => void };
}

const WORKER_FILE = join(__dirname, 'instance.worker.js');
/** How long loading a function's code may take on a cold start, on top of the call's own limit. */
const INIT_LIMIT_MS = 10_000;
const DEFAULT_MAX_QUEUED = 256;

export class FunctionPool {
  private readonly instances: Instance[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private draining = false;
  /** How many instances were started over the pool's life (replacements included). */
  started = 0;

  constructor(private readonly opts: PoolOptions) {}

  call(event: unknown, context: CallContext): Promise<CallOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, reason: 'closed' });
    if (this.queue.length >= (this.opts.maxQueued ?? DEFAULT_MAX_QUEUED)) return Promise.resolve({ ok: false, reason: 'busy' });
    return new Promise((resolve) => {
      this.queue.push({ event, context, resolve });
      this.pump();
    });
  }

  /** Start one instance ahead of the first call (the cold start then happens at boot, not on a user's tap). */
  warm(): void {
    if (!this.closed && this.instances.length === 0) this.spawn();
  }

  stats(): { instances: number; busy: number; queued: number; started: number } {
    return {
      instances: this.instances.length,
      busy: this.instances.filter((i) => i.current).length,
      queued: this.queue.length,
      started: this.started,
    };
  }

  /** Serve what is queued, then end every instance (used when the function was rebuilt). */
  drain(): void {
    this.draining = true;
    for (const inst of [...this.instances]) if (!inst.current) this.retire(inst);
    this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve({ ok: false, reason: 'closed' });
    await Promise.all([...this.instances].map((inst) => this.retire(inst, { ok: false, reason: 'closed' })));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let inst = this.instances.find((i) => !i.current && !i.dead);
      if (!inst) {
        if (this.instances.length >= this.opts.maxInstances) return;
        inst = this.spawn();
      }
      this.run(inst, this.queue.shift()!);
    }
    if (this.draining) for (const inst of [...this.instances]) if (!inst.current) this.retire(inst);
  }

  private spawn(): Instance {
    this.started++;
    const worker = new Worker(WORKER_FILE, {
      workerData: { file: this.opts.file, name: this.opts.name },
      env: { ...this.opts.env },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    const inst: Instance = { worker, ready: false, dead: false };
    worker.on('message', (msg: { ready?: boolean; id?: number; ok?: boolean; result?: unknown; error?: string }) => {
      if (msg.ready) {
        inst.ready = true;
        // The time limit counts from a loaded instance: a cold start (loading the bundle) is not the call's time.
        if (inst.current) this.startClock(inst);
        return;
      }
      const cur = inst.current;
      if (!cur || msg.id !== cur.id) return;
      clearTimeout(cur.timer);
      inst.current = undefined;
      if (msg.ok) {
        cur.resolve({ ok: true, result: msg.result });
        this.pump();
      } else {
        // main threw: CloudBase reports a failed invocation; we also start afresh in case its state is broken.
        cur.resolve({ ok: false, reason: 'threw', detail: msg.error });
        void this.retire(inst);
      }
    });
    worker.on('error', (err) => void this.retire(inst, { ok: false, reason: 'crashed', detail: err?.name ?? 'Error' }));
    worker.on('exit', () => void this.retire(inst, { ok: false, reason: 'crashed', detail: 'exit' }));
    worker.unref();
    this.instances.push(inst);
    return inst;
  }

  private run(inst: Instance, p: Pending): void {
    const id = this.nextId++;
    const limit = p.context.time_limit_in_ms;
    inst.current = { id, limit, timer: setTimeout(() => undefined, 0), resolve: p.resolve };
    this.startClock(inst, inst.ready ? 0 : INIT_LIMIT_MS);
    try {
      inst.worker.postMessage({ id, event: p.event, context: p.context });
    } catch (err) {
      // The event could not be cloned (too deep, a function, …): the instance never saw it and stays healthy.
      clearTimeout(inst.current.timer);
      inst.current = undefined;
      p.resolve({ ok: false, reason: 'rejected', detail: (err as Error)?.name ?? 'Error' });
      queueMicrotask(() => this.pump());
    }
  }

  private startClock(inst: Instance, extraMs = 0): void {
    const cur = inst.current!;
    clearTimeout(cur.timer);
    cur.timer = setTimeout(() => void this.retire(inst, { ok: false, reason: 'timeout' }), cur.limit + extraMs);
  }

  /** End an instance; a call it was serving gets `outcome`. A loaded instance that dies is replaced. */
  private async retire(inst: Instance, outcome: CallOutcome = { ok: false, reason: 'crashed' }): Promise<void> {
    if (inst.dead) return;
    inst.dead = true;
    const at = this.instances.indexOf(inst);
    if (at >= 0) this.instances.splice(at, 1);
    const cur = inst.current;
    inst.current = undefined;
    if (cur) {
      clearTimeout(cur.timer);
      cur.resolve(outcome);
    }
    const wasReady = inst.ready;
    const ended = inst.worker.terminate().catch(() => undefined);
    if (!this.closed && !this.draining) {
      if (this.queue.length > 0) this.pump();
      else if (wasReady && this.instances.length === 0) this.spawn();
    }
    await ended;
  }
}
