/**
 * What a browser suite started — hosts, gateways, browsers — closed after the suite, even when its
 * `beforeAll` failed half-way. `Promise.all([startApp(), launchChromium()])` rejects as soon as one side
 * fails, before the other side's result is assigned anywhere, so the suite's own `afterAll` cannot close it;
 * and a host left listening keeps Jest from ever exiting. Everything started through `tracked()` is closed
 * here: pending starts are awaited first, so a host that comes up after the browser failed is closed too.
 *
 * Importing this module (support/app.ts and support/browser.ts do) registers the closing `afterAll`.
 * `close()` of a tracked thing becomes idempotent, so the suite may still close it itself.
 */

interface Closable {
  close(): Promise<unknown>;
}

const starts = new Set<Promise<Closable>>();

/** Track a start: its result is closed after the suite (at most once, whoever asks first). */
export function tracked<T extends Closable>(start: Promise<T>): Promise<T> {
  const p = start.then((thing) => {
    const close = thing.close.bind(thing) as (...args: unknown[]) => Promise<unknown>;
    let closing: Promise<unknown> | undefined;
    (thing as Closable).close = (...args: unknown[]) => (closing ??= close(...args));
    return thing;
  });
  starts.add(p);
  // The suite sees the failure itself; here it only must not become an unhandled rejection.
  p.catch(() => undefined);
  return p;
}

/** Close everything tracked so far, waiting for starts still under way. Never throws. */
export async function closeStarted(): Promise<void> {
  const pending = [...starts];
  starts.clear();
  const settled = await Promise.allSettled(pending);
  await Promise.allSettled(settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.close()] : [])));
}

if (typeof afterAll === 'function') afterAll(closeStarted, 60_000);
