/** One line per request on stderr when GATEWAY_LOG is set. Never includes document contents. */
export interface RequestLogEntry {
  requestId: string;
  action: string;
  collection?: string;
  status: number;
  code: string;
  ms: number;
}

export function logRequest(entry: RequestLogEntry): void {
  if (!process.env.GATEWAY_LOG) return;
  const coll = entry.collection ? ` coll=${entry.collection}` : '';
  process.stderr.write(`[gateway] ${entry.requestId} ${entry.action || '-'}${coll} ${entry.status} ${entry.code} ${entry.ms.toFixed(1)}ms\n`);
}
