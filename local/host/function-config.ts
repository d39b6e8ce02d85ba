/**
 * Each function's time limit as deployed: `cloudbaserc.json` (`functions[].timeout`, seconds), CloudBase's
 * default of 3 s for a function it does not list. The host cuts a call off at that limit, as CloudBase does,
 * so a function that passes here also finishes in time there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** CloudBase's default function timeout. */
export const DEFAULT_TIMEOUT_MS = 3_000;
export const CLOUDBASERC = join(__dirname, '..', '..', 'cloudbaserc.json');

export type TimeLimits = (name: string) => number;

export function timeLimitsFrom(file: string = CLOUDBASERC): TimeLimits {
  const limits = new Map<string, number>();
  if (existsSync(file)) {
    const rc = JSON.parse(readFileSync(file, 'utf8')) as { functions?: { name?: unknown; timeout?: unknown }[] };
    for (const f of rc.functions ?? []) {
      if (typeof f.name === 'string' && typeof f.timeout === 'number' && f.timeout > 0) limits.set(f.name, f.timeout * 1000);
    }
  }
  return (name) => limits.get(name) ?? DEFAULT_TIMEOUT_MS;
}
