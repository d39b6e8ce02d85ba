import { database } from '../kit/cloud';
import { clockNow } from '../kit/clock';
import { deliverOutbox } from '../applications/deliver';

/**
 * Cloud function `notify`: the outbox sender, run by a timer trigger (cloudbaserc.json) and locally by the
 * host every ~15 s. It only sends messages already written by the `applications` function, so it needs no caller.
 */
export async function main(_event: unknown, context: unknown) {
  const r = await deliverOutbox(database(), clockNow(context));
  return { ok: true, data: r };
}
