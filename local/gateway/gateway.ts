/**
 * Assembles the gateway: storage, transactions, outbox, actions and the HTTP handler.
 * `createGatewayHandler` gives a request handler to mount on any HTTP server; `createGateway` also
 * starts its own server on 127.0.0.1.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CollectionStore } from './storage/collection-store';
import { CommitJournal } from './storage/commit-journal';
import { TransactionManager } from './transactions/transaction-manager';
import { OpenApiOutbox } from './openapi-outbox';
import { databaseActions } from './actions/database-actions';
import { wxOpenApiActions } from './actions/wx-openapi-actions';
import { storageActions } from './actions/storage-actions';
import { isStorageRequest, openFileStorage } from './cloud-storage';
import { createHttpHandler, type RequestHandler } from './http/handler';
import { isLoopbackAddress } from '../loopback';
import { loadOrCreateCredentials, type GatewayCredentials } from './credentials';
import type { Gateway, GatewayOptions, OpenApiCall } from './types';

const DEFAULT_TRANSACTION_TIMEOUT_MS = 60_000;

export interface GatewayHandler {
  handle: RequestHandler;
  /** The secretId/secretKey requests must be signed with (pass them to tcb.init). */
  credentials: GatewayCredentials;
  /** `<dataDir>/gateway-credentials.json`, or null in memory. */
  credentialsFile: string | null;
  outbox(): Promise<OpenApiCall[]>;
  /** Aborts open transactions. Stop sending requests first. */
  close(): Promise<void>;
}

export async function createGatewayHandler(opts: Omit<GatewayOptions, 'host' | 'port'>): Promise<GatewayHandler> {
  const { credentials, file } = loadOrCreateCredentials(opts.dataDir);
  const store = await CollectionStore.open(opts.dataDir, opts.collections);
  const journal = await CommitJournal.open(opts.dataDir, store);
  const txns = new TransactionManager(store, journal, opts.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS);
  const outbox = await OpenApiOutbox.open(opts.dataDir);
  const files = await openFileStorage(opts.dataDir, credentials, opts.storage);
  const api = createHttpHandler(
    { ...databaseActions(store, txns), ...wxOpenApiActions(outbox), ...storageActions(files) },
    { credentials },
  );
  // Upload and temporary URLs (PUT / GET under /__storage/) are authorized by their own signed grants.
  const handle: RequestHandler = (req, res) => (isStorageRequest(req.url) ? files.handle(req, res) : api(req, res));
  return {
    handle,
    credentials,
    credentialsFile: file,
    outbox: () => outbox.list(),
    close: async () => {
      await txns.close();
      await files.close();
    },
  };
}

export async function createGateway(opts: GatewayOptions): Promise<Gateway> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopbackAddress(host)) throw new Error(`the local gateway binds loopback only (127.0.0.1 / ::1), not ${host}`);
  const gateway = await createGatewayHandler(opts);
  const server = http.createServer(gateway.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    credentials: gateway.credentials,
    credentialsFile: gateway.credentialsFile,
    outbox: gateway.outbox,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        // A response still being streamed (a storage download) makes its keep-alive connection idle only after
        // close() began: sweep again until the server has closed, rather than wait for the client's timeout.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        server.close(() => {
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      }).then(() => gateway.close())),
  };
}
