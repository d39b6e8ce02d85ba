/**
 * Seed the demo data into a gateway once per data folder: a marker file (`seeded.json`) records that it was
 * done, so restarts keep whatever the developer changed since.
 */
import tcb from '@cloudbase/node-sdk';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GatewayCredentials } from '../gateway/credentials';
import { LOCAL_ENV_ID } from '../host/context';
import { seedDemo, type SeedCounts, type SeedDatabase } from './seed-demo';

export const SEED_MARKER = 'seeded.json';

/**
 * A node-sdk database handle pointed at the local gateway (what any Node script of ours uses), signing with
 * the gateway's credentials (`gateway.credentials`, or readGatewayCredentials(<its data folder>)).
 */
export function gatewayDatabase(gatewayUrl: string, credentials: GatewayCredentials): SeedDatabase {
  // Outside a function instance the SDK would probe the cloud metadata service; this says "don't".
  process.env.TENCENTCLOUD = 'true';
  return tcb.init({ env: LOCAL_ENV_ID, serviceUrl: gatewayUrl, ...credentials }).database();
}

export function seededAt(dataDir: string): string | null {
  const marker = join(dataDir, SEED_MARKER);
  if (!existsSync(marker)) return null;
  try {
    return (JSON.parse(readFileSync(marker, 'utf8')) as { at?: string }).at ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function seedOnce(opts: {
  gatewayUrl: string;
  gatewayCredentials: GatewayCredentials;
  dataDir: string;
}): Promise<{ seeded: false; at: string } | { seeded: true; counts: SeedCounts }> {
  const at = seededAt(opts.dataDir);
  if (at) return { seeded: false, at };
  const counts = await seedDemo(gatewayDatabase(opts.gatewayUrl, opts.gatewayCredentials));
  mkdirSync(opts.dataDir, { recursive: true });
  writeFileSync(join(opts.dataDir, SEED_MARKER), JSON.stringify({ at: new Date().toISOString(), counts }, null, 2));
  return { seeded: true, counts };
}
