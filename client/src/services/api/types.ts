import type { ActionName, CallEvent, Envelope, FunctionName, InputOf, OutputOf } from '@shared/contracts';

/**
 * What a transport sends: the call event, and a cloudID when the call carries WeChat open data. The transport
 * puts it as the TOP-LEVEL field `openData` (weapp: `wx.cloud.CloudID(id)`; HTTP: the marker `{ $cloudID: id }`),
 * never inside `input`; the platform (locally the host) replaces it before the function runs.
 */
export type TransportEvent = Required<CallEvent> & { cloudID?: string };

/** A transport sends one event to one cloud function and resolves with the function's envelope. */
export type Transport = (name: FunctionName, event: TransportEvent) => Promise<Envelope<unknown>>;

/**
 * Per-call options: `requestId` reuses an id (retrying the same user intent); by default every call gets a fresh one.
 * `cloudID` (from wx.getGroupEnterInfo, see features/groups/services/enter) is sent as the call's top-level `openData`.
 */
export interface CallOptions {
  requestId?: string;
  cloudID?: string;
}

/** `api.<fn>.<action>(input, options?)`: typed from the contracts. */
export type ActionCaller<F extends FunctionName, A extends ActionName<F>> = (
  input: InputOf<F, A>,
  options?: CallOptions,
) => Promise<Envelope<OutputOf<F, A>>>;

export type FunctionClient<F extends FunctionName> = { [A in ActionName<F>]: ActionCaller<F, A> };

export type Api = { [F in FunctionName]: FunctionClient<F> };
