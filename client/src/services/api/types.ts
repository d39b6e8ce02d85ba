import type { ActionName, CallEvent, Envelope, FunctionName, InputOf, OutputOf } from '@shared/contracts';

/** A transport sends one event to one cloud function and resolves with the function's envelope. */
export type Transport = (name: FunctionName, event: Required<CallEvent>) => Promise<Envelope<unknown>>;

/** `api.<fn>.<action>(input)`: typed from the contracts. */
export type ActionCaller<F extends FunctionName, A extends ActionName<F>> = (input: InputOf<F, A>) => Promise<Envelope<OutputOf<F, A>>>;

export type FunctionClient<F extends FunctionName> = { [A in ActionName<F>]: ActionCaller<F, A> };

export type Api = { [F in FunctionName]: FunctionClient<F> };
