/**
 * The benches' database: an in-memory gateway with the real collection manifest, in a child process so its work
 * does not share the measuring process's event loop. The child hands its URL and credentials over on the pipe;
 * the parent signs its SDK requests with them.
 */
import { spawn } from 'node:child_process';
import { createGateway, type GatewayCredentials } from '../../../local/gateway';
import { COLLECTIONS } from '../../../shared/db/collections';

export interface GatewayProcess {
  url: string;
  credentials: GatewayCredentials;
  stop(): Promise<void>;
}

async function serve(): Promise<void> {
  const gateway = await createGateway({ dataDir: null, collections: COLLECTIONS, host: '127.0.0.1', port: 0 });
  process.stdout.write(`GATEWAY_URL ${gateway.url} ${JSON.stringify(gateway.credentials)}\n`);
  process.once('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
}

export function startGatewayProcess(): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /GATEWAY_URL (\S+) (\{.*\})\n/.exec(out);
      if (m)
        resolve({
          url: m[1],
          credentials: JSON.parse(m[2]) as GatewayCredentials,
          stop: () => new Promise<void>((r) => (child.once('exit', () => r()), child.kill('SIGTERM'))),
        });
    });
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}`)));
  });
}

/** A bench's entry: run `main`, exiting non-zero on failure. */
export function runBench(main: () => Promise<void>): void {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

if (require.main === module && process.argv.includes('--serve')) runBench(serve);
