/**
 * Which functions exist (a folder with index.js under the functions dir) and one instance pool per function.
 * A rebuilt function (index.js changed on disk) gets a fresh pool, so `npm run build:functions` while the host
 * runs takes effect on the next call; the old instances finish what they have and end.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FunctionPool } from './pool';

const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export function functionFile(functionsDir: string, name: string): string | null {
  if (!FUNCTION_NAME.test(name)) return null;
  const file = join(functionsDir, name, 'index.js');
  return existsSync(file) ? file : null;
}

export function listFunctions(functionsDir: string): string[] {
  if (!existsSync(functionsDir)) return [];
  return readdirSync(functionsDir).filter((n) => functionFile(functionsDir, n) !== null);
}

export interface RegistryOptions {
  functionsDir: string;
  env: Record<string, string>;
  maxInstances: number;
}

export class FunctionRegistry {
  private readonly pools = new Map<string, { pool: FunctionPool; mtimeMs: number }>();
  /** Pools of replaced builds, still finishing their calls; closed with the host. */
  private readonly drained: FunctionPool[] = [];

  constructor(private readonly opts: RegistryOptions) {}

  /** The pool for `name`, or null when no such function is built. */
  pool(name: string): FunctionPool | null {
    const file = functionFile(this.opts.functionsDir, name);
    if (!file) return null;
    const mtimeMs = statSync(file).mtimeMs;
    const known = this.pools.get(name);
    if (known && known.mtimeMs === mtimeMs) return known.pool;
    if (known) {
      known.pool.drain();
      this.drained.push(known.pool);
    }
    const pool = new FunctionPool({ name, file, env: this.opts.env, maxInstances: this.opts.maxInstances });
    this.pools.set(name, { pool, mtimeMs });
    return pool;
  }

  warmAll(): string[] {
    const names = listFunctions(this.opts.functionsDir);
    for (const n of names) this.pool(n)?.warm();
    return names;
  }

  async close(): Promise<void> {
    await Promise.all([...[...this.pools.values()].map((p) => p.pool), ...this.drained].map((p) => p.close()));
    this.pools.clear();
  }
}
