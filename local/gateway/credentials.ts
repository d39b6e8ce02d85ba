/**
 * The gateway's secret: the secretId/secretKey pair every request must be signed with (node-sdk signs with
 * TC3-HMAC-SHA256, see http/signature.ts). Generated from crypto randomness the first time a gateway starts on
 * a data folder and kept there in `gateway-credentials.json` (mode 0600; the data folder is git-ignored), so it
 * survives restarts and differs between folders. An in-memory gateway gets a fresh pair per instance.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface GatewayCredentials {
  secretId: string;
  secretKey: string;
}

export const CREDENTIALS_FILE = 'gateway-credentials.json';

/** Where the gateway on `dataDir` keeps its credentials. */
export function credentialsFile(dataDir: string): string {
  return path.join(dataDir, CREDENTIALS_FILE);
}

export function generateCredentials(): GatewayCredentials {
  return { secretId: `AKIDlocal${randomBytes(12).toString('hex')}`, secretKey: randomBytes(32).toString('base64url') };
}

/**
 * The credentials of the gateway on `dataDir` (what a Node script passes to tcb.init). Throws when the
 * gateway has never started there.
 */
export function readGatewayCredentials(dataDir: string): GatewayCredentials {
  const file = credentialsFile(dataDir);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${file} does not exist: start the gateway on ${dataDir} first`);
    throw new Error(`${file} is not readable JSON; delete it to have the gateway generate new credentials`);
  }
  const c = parsed as Partial<GatewayCredentials> | null;
  if (!c || typeof c.secretId !== 'string' || typeof c.secretKey !== 'string' || c.secretId.length < 8 || c.secretKey.length < 16)
    throw new Error(`${file} holds no valid secretId/secretKey; delete it to have the gateway generate new credentials`);
  return { secretId: c.secretId, secretKey: c.secretKey };
}

/** The gateway's credentials: read from the data folder, or generated (and written there first time). */
export function loadOrCreateCredentials(dataDir: string | null): { credentials: GatewayCredentials; file: string | null } {
  if (!dataDir) return { credentials: generateCredentials(), file: null };
  const file = credentialsFile(dataDir);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const fresh = generateCredentials();
    try {
      // `wx`: never overwrite; if another process created it meanwhile, its credentials win (read below).
      writeFileSync(file, `${JSON.stringify({ ...fresh, createdAt: new Date().toISOString() }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return { credentials: readGatewayCredentials(dataDir), file };
}
