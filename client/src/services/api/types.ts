import type { ActionName, CallEvent, Envelope, FunctionName, InputOf, OutputOf } from '@shared/contracts';

/** A transport sends one event to one cloud function and resolves with the function's envelope. */
export type Transport = (name: FunctionName, event: Required<CallEvent>) => Promise<Envelope<unknown>>;

/** Per-call options: `requestId` reuses an id (retrying the same user intent); by default every call gets a fresh one. */
export interface CallOptions {
  requestId?: string;
}

/** `api.<fn>.<action>(input, options?)`: typed from the contracts. */
export type ActionCaller<F extends FunctionName, A extends ActionName<F>> = (
  input: InputOf<F, A>,
  options?: CallOptions,
) => Promise<Envelope<OutputOf<F, A>>>;

export type FunctionClient<F extends FunctionName> = { [A in ActionName<F>]: ActionCaller<F, A> };

export type Api = { [F in FunctionName]: FunctionClient<F> };
