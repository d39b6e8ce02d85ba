/**
 * Runs the gateway on its own: `npx tsx local/gateway/cli.ts [--data-dir DIR] [--port N] [--host H]`.
 * Without --data-dir it keeps data in memory. Prints `GATEWAY_URL <url>` once it listens, then where its
 * credentials are: `GATEWAY_CREDENTIALS_FILE <DIR>/gateway-credentials.json`, or in memory (nowhere else to
 * find them) `GATEWAY_CREDENTIALS {"secretId":..,"secretKey":..}`.
 */
import { COLLECTIONS } from '../../shared/db/collections';
import { createGateway } from './gateway';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const gateway = await createGateway({
    dataDir: arg('data-dir') ?? null,
    collections: COLLECTIONS,
    host: arg('host') ?? '127.0.0.1',
    port: Number(arg('port') ?? 0),
  });
  process.stdout.write(`GATEWAY_URL ${gateway.url}\n`);
  if (gateway.credentialsFile) process.stdout.write(`GATEWAY_CREDENTIALS_FILE ${gateway.credentialsFile}\n`);
  else process.stdout.write(`GATEWAY_CREDENTIALS ${JSON.stringify(gateway.credentials)}\n`);
  const stop = () => void gateway.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => {
  process.stderr.write(`gateway failed to start: ${(e as Error).message}\n`);
  process.exit(1);
});
