/**
 * Local CloudBase database gateway: speaks the tcb-api protocol node-sdk 3.x uses (POST JSON with an
 * `action`), stores collections in nedb, evaluates queries, updates and aggregations with mingo, and
 * records WeChat open-API calls in an outbox. Only signed requests (node-sdk's TC3 signature with the
 * gateway's own secret) from loopback, non-browser callers are served.
 */
export { createGateway, createGatewayHandler, type GatewayHandler } from './gateway';
export type { Gateway, GatewayOptions, OpenApiCall, CollectionSpec, IndexSpec } from './types';
export type { RequestHandler } from './http/handler';
export { MAX_BODY_BYTES } from './http/handler';
export { CREDENTIALS_FILE, credentialsFile, readGatewayCredentials, type GatewayCredentials } from './credentials';
export { signRequest } from './http/signature';
export { DEFAULT_LIMIT, MAX_LIMIT } from './engine/find';
export type { ErrorCode } from './errors';
export { DEFAULT_MAX_UPLOAD_BYTES, MAX_CLOUD_PATH_BYTES, MAX_FILES_PER_CALL, type StorageOptions } from './cloud-storage';
