/**
 * The local CloudBase's cloud storage: objects on disk under `<dataDir>/storage/` (in memory for an in-memory
 * gateway), the `storage.*` actions node-sdk posts (actions/storage-actions.ts) and the PUT/GET paths its
 * upload and temporary URLs point at (storage-http.ts), signed with a key derived from the gateway's secret.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayCredentials } from '../credentials';
import { openObjectStore, type ObjectStore } from './object-store';
import { storageConfig, type StorageConfig, type StorageOptions } from './options';
import { createStorageHttpHandler, UploadLedger } from './storage-http';
import { UrlSigner } from './url-tokens';

export interface FileStorage {
  store: ObjectStore;
  signer: UrlSigner;
  config: StorageConfig;
  ledger: UploadLedger;
  /** Serves the PUT/GET/HEAD requests under /__storage/. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  close(): Promise<void>;
}

export async function openFileStorage(
  dataDir: string | null,
  credentials: GatewayCredentials,
  opts?: StorageOptions,
): Promise<FileStorage> {
  const config = storageConfig(opts);
  const store = await openObjectStore(dataDir);
  const signer = new UrlSigner(credentials.secretKey);
  const ledger = new UploadLedger();
  return { store, signer, config, ledger, handle: createStorageHttpHandler({ store, signer, config, ledger }), close: () => store.close() };
}

export { isStorageRequest } from './storage-http';
export { DEFAULT_MAX_UPLOAD_BYTES, MAX_FILES_PER_CALL, type StorageOptions } from './options';
export { MAX_CLOUD_PATH_BYTES } from './cloud-path';
