/**
 * The function's clock. In CloudBase it is the real time. Locally the host may run a dev clock ahead of
 * real time (to let a public notice or a defense date arrive): it puts LOCAL_CLOCK_OFFSET_MS into the call's
 * `context.environment`, and only an instance started by the local host (ZCT_LOCAL=1) honours it.
 */
export function clockNow(context: unknown): Date {
  const real = Date.now();
  if (process.env.ZCT_LOCAL !== '1') return new Date(real);
  const env = (context as { environment?: unknown } | null)?.environment;
  if (typeof env !== 'string') return new Date(real);
  try {
    const offset = Number((JSON.parse(env) as Record<string, unknown>).LOCAL_CLOCK_OFFSET_MS ?? 0);
    return new Date(real + (Number.isFinite(offset) ? offset : 0));
  } catch {
    return new Date(real);
  }
}
