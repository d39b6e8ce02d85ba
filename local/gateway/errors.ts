/**
 * Errors the gateway answers with. CloudBase's tcb-api answers HTTP 200 with `{ code, message, requestId }`
 * for every failure it knows about; node-sdk's requester turns any body carrying a `code` into a thrown
 * TcbError with that code, so the codes below are what callers see as `err.code`.
 */
export type ErrorCode =
  | 'INVALID_PARAM'
  | 'INVALID_ACTION'
  | 'SIGN_PARAM_INVALID'
  | 'PERMISSION_DENIED'
  | 'INVALID_CONTENT_TYPE'
  | 'EXCEED_REQUEST_SIZE_LIMIT'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'DATABASE_DUPLICATE_WRITE'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'DATABASE_REQUEST_FAILED'
  | 'SYS_ERR';

export class GatewayError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export const invalidParam = (message: string) => new GatewayError('INVALID_PARAM', message);

export const collectionNotExist = (name: string) =>
  new GatewayError(
    'DATABASE_COLLECTION_NOT_EXIST',
    `[ResourceNotFound] Db or Table not exist. Please check your request, but if the problem cannot be solved, contact us. (collection: ${name})`,
  );

export const transactionConflict = () =>
  new GatewayError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict: a document was changed by another operation; retry the transaction');

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  requestId: string;
}

/** Any thrown value becomes an error body; unknown failures are SYS_ERR without leaking internals. */
export function toErrorBody(err: unknown, requestId: string): ErrorBody {
  if (err instanceof GatewayError) return { code: err.code, message: err.message, requestId };
  return { code: 'SYS_ERR', message: 'internal error in local gateway', requestId };
}
