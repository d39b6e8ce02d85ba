/**
 * Local CloudBase database gateway: speaks the tcb-api protocol node-sdk 3.x uses (POST JSON with an
 * `action`), stores collections in nedb, evaluates queries, updates and aggregations with mingo, and
 * records WeChat open-API calls in an outbox.
 */
export { createGateway, createGatewayHandler, type GatewayHandler } from './gateway';
export type { Gateway, GatewayOptions, OpenApiCall, CollectionSpec, IndexSpec } from './types';
export type { RequestHandler } from './http/handler';
export { MAX_BODY_BYTES } from './http/handler';
export { DEFAULT_LIMIT, MAX_LIMIT } from './engine/find';
export type { ErrorCode } from './errors';
