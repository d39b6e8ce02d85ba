/**
 * Structured log lines. Only operational facts go here: request id, function, action, outcome, duration.
 * Never an openid, a name, a phone number or any input value.
 */
export interface LogLine {
  requestId: string;
  fn: string;
  action: string;
  ok: boolean;
  code?: string;
  ms: number;
  error?: string;
}

export function logRequest(line: LogLine): void {
  if (process.env.FUNCTION_LOG === 'off') return;
  const out = JSON.stringify({ t: new Date().toISOString(), level: line.ok ? 'info' : 'warn', ...line });
  (line.ok ? console.log : console.warn)(out);
}
